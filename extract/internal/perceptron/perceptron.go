// Package perceptron keeps the weights of an averaged perceptron over
// hashed features while it learns: kgraph's name tagger and its relation
// classifier both train one.
//
// Averaging uses the running sums of Daumé's trick: every update of weight
// w by delta at time c also adds c·delta to a sum u, and the averaged
// weight is w − u/c at the end, without keeping a copy of the weights per
// step.
package perceptron

// Weights are the weights of a perceptron with a fixed number of classes,
// one row per feature, created when a feature is first updated. The zero
// value is not usable; call New.
type Weights[H ~uint64] struct {
	classes int
	index   map[H]int32 // feature -> offset of its row in w and u
	w       []float32
	u       []float64
	c       float64 // the clock: Tick advances it
}

// New returns empty weights for the given number of classes, with room
// for about features rows.
func New[H ~uint64](classes, features int) *Weights[H] {
	return &Weights[H]{classes: classes, index: make(map[H]int32, features)}
}

// Add adds the weights of feature f to scores, one per class; an unknown
// feature adds nothing.
func (t *Weights[H]) Add(f H, scores []float64) {
	off, ok := t.index[f]
	if !ok {
		return
	}
	for l, v := range t.w[off : off+int32(t.classes)] {
		scores[l] += float64(v)
	}
}

// Update adds delta to the weight of class for every feature in fs.
func (t *Weights[H]) Update(fs []H, class int, delta float64) {
	for _, f := range fs {
		off := t.row(f) + int32(class)
		t.w[off] += float32(delta)
		t.u[off] += t.c * delta
	}
}

// Tick advances the averaging clock by one example (or one token).
func (t *Weights[H]) Tick() { t.c++ }

func (t *Weights[H]) row(f H) int32 {
	off, ok := t.index[f]
	if !ok {
		off = int32(len(t.w))
		t.index[f] = off
		t.w = append(t.w, make([]float32, t.classes)...)
		t.u = append(t.u, make([]float64, t.classes)...)
	}
	return off
}

// Averaged returns every feature's averaged weights, one per class.
func (t *Weights[H]) Averaged() map[H][]float64 {
	c := t.c
	if c == 0 {
		c = 1
	}
	out := make(map[H][]float64, len(t.index))
	for f, off := range t.index {
		row := make([]float64, t.classes)
		for l := range row {
			row[l] = float64(t.w[int(off)+l]) - t.u[int(off)+l]/c
		}
		out[f] = row
	}
	return out
}
