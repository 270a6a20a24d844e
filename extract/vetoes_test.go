package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/extract/model"
	"github.com/kgraph/kgraph/graph"
)

// credulous is a pair classifier that reads a relation into every pair of
// the types it is given (of two names of one type, the first to the
// second): what the linker's vetoes must stand up to, whatever the trained
// model happens to guess.
type credulous map[[2]graph.EntityType]graph.RelationType

func (c credulous) Classify(p *extract.PairInput) (graph.RelationType, float64) {
	if rel, ok := c[[2]graph.EntityType{p.A.Type, p.B.Type}]; ok && (p.A.Type != p.B.Type || p.A.First < p.B.First) {
		return rel, 0.9
	}
	return "", 0
}

// TestPairVetoes checks that the readings the linker rules out of the
// pair classifier's answers stay out when the classifier answers every
// pair, and that a pair no veto covers is read.
func TestPairVetoes(t *testing.T) {
	names, err := model.Load()
	if err != nil {
		t.Fatal(err)
	}
	p, err := extract.NewPipeline(&extract.Options{Names: names, Words: names, Pairs: credulous{
		{graph.Person, graph.Org}:       graph.WorksFor,
		{graph.Person, graph.Person}:    graph.Killed,
		{graph.Person, graph.Location}:  graph.LivesIn,
		{graph.Person, graph.Country}:   graph.LivesIn,
		{graph.Org, graph.Country}:      graph.BasedIn,
		{graph.Location, graph.Country}: graph.LocatedIn,
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text       string
		want, none []string
	}{
		{"Jack Ruby shot Lee Oswald in the basement of the Dallas Police Department.",
			nil, []string{"person/lee-oswald works-for org/dallas-police-department"}}, // a place in the body's building
		{"Tom Brown is in jail for the attempted murder of Bill King.",
			nil, []string{"person/tom-brown killed person/bill-king"}}, // no death
		{"Hamas leader Ismail Haniyeh was assassinated in Tehran on Wednesday, killing his bodyguard Wasim Abu Shaaban.",
			nil, []string{"person/ismail-haniyeh killed person/wasim-abu-shaaban"}}, // the victim, not the killer
		{"Inmates include Mark Chapman, a former guard; and Robert Winans, a reporter.",
			nil, []string{"person/mark-chapman killed person/robert-winans"}}, // items a semicolon parts
		{"Former Federal Reserve Chairman Alan Greenspan writes in his memoir.",
			[]string{"person/alan-greenspan leader-of org/federal-reserve / Former Chairman"}, []string{"person/alan-greenspan works-for org/federal-reserve"}}, // the title's reading has it, as a past office
		{"The group condemned the January 22 kidnapping of photographer Hernan Arboleda in Colombia.",
			nil, []string{"person/hernan-arboleda lives-in country/colombia"}}, // where it happened, not a home
		{"Thieves tried to break into the home of Sarah Obama, the grandmother of U.S. presidential hopeful Barack Obama.",
			nil, []string{"person/sarah-obama lives-in country/united-states"}}, // the country titles the other Obama
		{"Senator Barbara Mikulski, of the state of Maryland also said Mr. Bush should act.",
			[]string{"person/barbara-mikulski lives-in location/maryland"}, nil}, // (a verb between: no title of another)
		{"Hingis still intends to play in the Sydney International Tournament next week.",
			nil, []string{"person/hingis member-of org/sydney-international-tournament"}}, // an event one plays in
		{"The Sunday Times says an al-Qaida cell in Britain carried out extensive research last year.",
			nil, []string{"org/al-qaeda based-in country/united-kingdom"}}, // a cell of the body, not its seat
		{"A Senate panel has released Iraqi Oil Ministry documents that suggest program chief Benon Sevan was given the right to sell oil.",
			nil, []string{"person/benon-sevan works-for org/iraqi-oil-ministry", "person/benon-sevan member-of org/iraqi-oil-ministry"}}, // the body's papers, not its staff
		{"They plugged the holes, said Roger Jacobsen, a Burlington operations manager.",
			[]string{"person/roger-jacobsen member-of org/burlington"}, nil}, // a plural that is part of a title
		{"Frank Sainworla, radio director of the VOA affiliate, Radio Veritas in Monrovia, talked with a reporter.",
			nil, []string{"person/frank-sainworla member-of org/voice-of-america"}}, // the affiliate's staff, not VOA's
		{"Frenk Guni, technical director with Management Systems International in Washington, told reporter Patience Rusere that the toll is rising.",
			nil, []string{"person/patience-rusere member-of org/management-systems-international"}}, // the listener, not the speaker's colleague
		{"The FBI said it had received news of the arrests of 18-year-old Farid Essebar in Morocco and 21-year-old Atilla Ekici in Turkey.",
			nil, []string{"person/atilla-ekici lives-in country/turkey"}}, // where he was arrested
		{"A newspaper reported that Ali Asghari is currently in northern Europe, being debriefed. Tom Smith was born in Dallas. John Smith is in charge of police in Basra. Nathan Law is in exile in London.",
			[]string{"person/tom-smith lives-in location/dallas", "person/john-smith lives-in location/basra", "person/nathan-law lives-in location/london"},
			[]string{"person/ali-asghari lives-in location/europe"}}, // where one is for now, not a home; a post or an exile is held where one lives
		{"A court convicted Ali Hassan of killing two people at a rally for Benazir Bhutto. A jury convicted Tom Brown of killing Bill Hill at a rally.",
			[]string{"person/tom-brown killed person/bill-hill"}, []string{"person/ali-hassan killed person/benazir-bhutto"}}, // the killing's own object, then a preposition
		{"In Baghdad Thursday, Senator John McCain called for more troops.",
			nil, []string{"person/john-mccain lives-in location/baghdad"}}, // where he spoke, a day set off with the place
		{"Forbes magazine says Bill Gates is the richest man. The Dallas Morning News reported that John Smith had resigned.",
			nil, []string{"person/bill-gates member-of org/forbes", "person/john-smith member-of org/dallas-morning-news"}}, // whom the story is about, not its staff
		{"European football's governing body UEFA has barred Israel from hosting matches. Donald Trump signed the deal with the Georgian business group Silk Road. Ann Lee works at Silk Road.",
			[]string{"person/ann-lee member-of org/silk-road"}, []string{"org/uefa based-in country/israel", "person/donald-trump member-of org/silk-road"}}, // what a body acts on; the other party to a deal
		{"Bush is ushering his nominee Samuel Alito through the Senate confirmation process. Defense Secretary Robert Gates told a Senate hearing that troops would stay.",
			nil, []string{"person/samuel-alito member-of org/senate", "person/robert-gates member-of org/senate"}}, // a body's proceeding, not its members
		{"The tour comes one day after a Great Lakes summit in Tanzania.",
			nil, []string{"location/great-lakes located-in country/tanzania"}}, // the summit is there, not the lakes
		{"Tom Brown praised Acme Corp. on Monday.",
			[]string{"person/tom-brown member-of org/acme-corp @learned"}, nil}, // no veto applies: the guess stands, whatever its worth
	} {
		r, err := p.Extract(context.Background(), graph.Document{ID: "t", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		got := edgeStrings(r.Relations)
		has := make(map[string]bool)
		for _, e := range got {
			has[e] = true
		}
		for _, w := range c.want {
			if !has[w] {
				t.Errorf("%q: missing %q\ngot:\n  %s", c.text, w, strings.Join(got, "\n  "))
			}
		}
		for _, n := range c.none {
			if has[n] {
				t.Errorf("%q: unwanted %q", c.text, n)
			}
		}
	}
}
