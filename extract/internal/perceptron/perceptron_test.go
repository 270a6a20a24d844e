package perceptron

import (
	"math"
	"testing"
)

// TestAveraged: a weight set at time 0 and never changed averages to
// itself; one set halfway averages to half; one set and then undone
// averages to the share of the time it held.
func TestAveraged(t *testing.T) {
	w := New[uint64](2, 4)
	w.Update([]uint64{1}, 0, 1) // feature 1, class 0: +1 from the start
	w.Tick()
	w.Update([]uint64{2}, 1, 1) // feature 2, class 1: +1 after a quarter
	w.Tick()
	w.Update([]uint64{3}, 0, 2)
	w.Tick()
	w.Update([]uint64{3}, 0, -2) // feature 3 held 2 for a quarter
	w.Tick()
	avg := w.Averaged()
	for _, c := range []struct {
		f     uint64
		class int
		want  float64
	}{{1, 0, 1}, {1, 1, 0}, {2, 1, 0.75}, {3, 0, 0.5}} {
		if got := avg[c.f][c.class]; math.Abs(got-c.want) > 1e-9 {
			t.Errorf("feature %d class %d: averaged %v, want %v", c.f, c.class, got, c.want)
		}
	}
	if _, ok := avg[4]; ok {
		t.Error("a feature never updated has a row")
	}
}

func TestAdd(t *testing.T) {
	w := New[uint64](3, 0)
	w.Update([]uint64{7, 8}, 2, 1.5)
	w.Update([]uint64{8}, 0, -1)
	scores := make([]float64, 3)
	for _, f := range []uint64{7, 8, 9} {
		w.Add(f, scores)
	}
	if scores[0] != -1 || scores[1] != 0 || scores[2] != 3 {
		t.Errorf("scores %v, want [-1 0 3]", scores)
	}
}

func TestAveragedBeforeAnyTick(t *testing.T) {
	w := New[uint64](1, 0)
	w.Update([]uint64{1}, 0, 2)
	if got := w.Averaged()[1][0]; got != 2 {
		t.Errorf("averaged %v with no tick, want the weight itself", got)
	}
}
