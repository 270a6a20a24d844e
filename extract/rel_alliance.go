package extract

import (
	"slices"
	"strings"

	"github.com/kgraph/kgraph/graph"
)

// alliances: "Minsk has backed its ally Moscow", "Belarus's ally Russia",
// "from its ally, Russia", "Belarus and Russia ... are allied", "Y, an ally
// of X".
func (l *linkRun) alliances(v *sentenceView) {
	polity := func(m *Mention) bool {
		t := actorType(m)
		return t == graph.Country || t == graph.Org && m.StandsFor == ""
	}
	l.truceBetween(v, polity)
	l.foughtAlongside(v, polity)
	l.nonNATOAlly(v, polity)
	for i := v.s.First; i < v.s.Last; i++ {
		w := v.word(i)
		switch w {
		case "ally", "allies":
			k := i - 1
			for k > v.s.First && allyModifiers[v.word(k)] {
				k--
			}
			if w == "allies" && v.word(k) == "," && (v.word(i+1) == "," || v.word(i+1) == "since" || v.word(i+1) == "for" || v.word(i+1) == "in" ||
				v.word(i+1) == "and" && (v.word(i+2) == "both" || v.word(i+2) == "fellow")) && !pastPactAfter(v, i) {
				// ("Russia and Belarus, formal allies in a so-called Union
				// State,", "Greece and Cyprus, close allies and both members
				// of the European Union,")
				// "China and Pakistan, longtime allies, signed", "The United
				// States and South Korea, treaty allies since 1953,"
				if list := v.listBefore(k); len(list) >= 2 {
					l.emitPairs(v, graph.AlliedWith, list, func(x, y *Mention) bool { return polity(x) && polity(y) }, 0.8, "allies-named", list[0].First, i+1)
					continue
				}
			}
			j := i + 1
			if v.word(j) == "," {
				j++
			}
			if v.word(j) == "including" || v.word(j) == "notably" {
				j++ // "Washington's allies, including Britain and Australia"
			} else if v.word(j) == "such" && v.word(j+1) == "as" {
				j += 2
			}
			targets, _ := v.listAt(j)
			var owner *Mention
			switch v.word(k) {
			case "its", "their":
				owner = v.prevActor(k, polity)
				if owner == nil {
					owner = l.previousSentenceActor(v, polity)
				}
				if c := owner; c != nil && len(targets) == 0 && (c.Last == k || c.Last+1 == k && v.word(c.Last) == "as") && considerVerbs[v.word(c.First-1)] {
					// "Moscow considers Minsk its closest ally", "regards
					// Israel as its closest ally": the one
					// who considers has the ally
					subj := l.subjectOf(v, c.First-1)
					if x := v.mentionAt(c.First - 2); len(subj) == 0 && x != nil && x.Last == c.First-1 {
						subj = []*Mention{x} // (the tagger may take "considers" for a noun)
					}
					if len(subj) == 1 && polity(subj[0]) {
						owner, targets = subj[0], []*Mention{c}
					}
				}
			case "'s", "\u2019s":
				owner = v.mentionAt(k - 1)
				c := -1
				if owner != nil {
					c = owner.First - 1
					if v.word(c) == "of" && v.word(c-1) == "one" {
						c -= 2 // "Australia is one of Washington's staunchest allies"
					}
				}
				if owner != nil && len(targets) == 0 && copulas[v.word(c)] {
					// "Belarus is Russia's closest ally"
					for _, y := range v.listBefore(v.subjectEnd(c)) {
						if polity(y) {
							targets = append(targets, y)
						}
					}
				}
				if owner != nil && len(targets) == 0 && owner.First >= v.s.First+2 && v.word(owner.First-1) == "," {
					// "Belarus, Russia's closest ally, hosted the drills"
					if y := v.mentionAt(owner.First - 2); y != nil && polity(y) {
						targets = []*Mention{y}
					} else if s := v.stateHeadedBy(y); s != nil {
						// "Belarusian leader Alexander Lukashenko, Russia's
						// closest ally,": the state he heads is the ally
						targets = []*Mention{s}
					}
				}
				if owner != nil && len(targets) == 0 {
					// "Iran's allies in the region, Syria and Hezbollah"
					for n := j; n < v.s.Last && n < j+5 && v.mentionAt(n) == nil && !isCap(v.toks[n].Text); n++ {
						if v.word(n) == "," {
							targets, _ = v.listAt(n + 1)
							break
						}
					}
				}
			case "an", "a", "the", "close", "key":
				// "Y, an ally of X"
				if v.word(i+1) == "of" {
					if x := v.headMentionAt(i + 2); x != nil && polity(x) {
						xs, _ := v.listAt(x.First)
						if len(xs) == 0 || xs[0] != x {
							xs = []*Mention{x}
						}
						y := v.mentionAt(k - 2)
						if s := v.stateHeadedBy(y); s != nil {
							y = s // "Nicaraguan President Daniel Ortega, a longtime ally of Cuba and Venezuela": the state he heads
						}
						for _, x := range xs {
							if y != nil && dashOrComma(v.word(k-1)) && polity(y) && polity(x) && !v.possessive(x.Last) { // (not "Israel's neighbour")
								l.emitM(v, graph.AlliedWith, y, x, 0.85, "ally-of", y.First, x.Last)
							}
						}
					}
				}
			}
			if m := v.mentionAt(k); owner == nil && m != nil && m.Last == k+1 && actorType(m) == graph.Country {
				// "U.S. allies Japan and South Korea"; "Pakistan, a key
				// U.S. ally, arrested him" (an alliance's allies are its
				// members: membership reads those).
				owner = m
				a := m.First - 1
				for a > v.s.First && allyModifiers[v.word(a)] {
					a--
				}
				switch w := v.word(a); {
				case w == "its" || w == "their":
					// "Iran or its Lebanese ally Hezbollah": the demonym
					// describes the ally, the possessor has it.
					if owner = v.prevActor(a, polity); owner == nil {
						owner = l.previousSentenceActor(v, polity)
					}
				case isPossessive(w):
					owner = v.mentionAt(a - 1)
				case w == "a" || w == "an":
					if y := v.mentionAt(a - 2); len(targets) == 0 && dashOrComma(v.word(a-1)) && y != nil {
						targets = []*Mention{y}
					}
					if copulas[v.word(a-1)] || v.word(a-1) == "became" || v.word(a-1) == "become" {
						// "Thailand became a US treaty ally in 1954"
						for _, y := range v.listBefore(v.subjectEnd(a - 1)) {
							if polity(y) {
								targets = append(targets, y)
							}
						}
					}
				}
			}
			l.copulaAllies(v, i, k, polity)
			l.allianceAllies(v, i, k)
			if owner == nil && w == "allies" && (v.word(k) == "two" || v.word(k) == "three" || v.word(k) == "both") && v.word(i+1) == "," && len(targets) >= 2 {
				// "The two allies, Russia and Belarus, held drills"
				for a := 0; a < len(targets); a++ {
					for b := a + 1; b < len(targets); b++ {
						if polity(targets[a]) && polity(targets[b]) {
							l.emitM(v, graph.AlliedWith, targets[a], targets[b], 0.8, "allies-named", k, targets[len(targets)-1].Last)
						}
					}
				}
			}
			if owner == nil || !polity(owner) {
				continue
			}
			from := owner.Last
			if w := v.word(k); w == "its" || w == "their" {
				// "Syria did not intervene directly on behalf of its ally
				// Hizballah", "Armenia accused its ally Russia of failing
				// to protect it": what the clause denies or alleges is not
				// the alliance; "is not its ally", "no longer their ally"
				// (the words right before) is
				from = max(from, k)
				if negators[v.word(k-1)] || negators[v.word(k-2)] {
					from = max(owner.Last, k-2)
				}
			}
			for _, t := range targets {
				if polity(t) {
					l.emitM(v, graph.AlliedWith, owner, t, 0.85, "possessive-ally", from, t.First)
				}
			}
		case "pact", "treaty", "alliance", "agreement", "deal", "accord", "accords", "memorandum", "partnership":
			if w == "alliance" && l.allianceNoun(v, i, polity) {
				continue
			}
			l.pact(v, i, polity)
		case "allied":
			if n := v.toks[min(i+1, v.s.Last-1)]; i+1 < v.s.Last && (strings.HasPrefix(n.Tag, "NN") || strings.HasPrefix(n.Tag, "JJ")) && v.mentionAt(i+1) == nil {
				continue // "Israel, the United States and allied Western states": allied with someone else
			}
			subj := v.listBefore(v.subjectEnd(i))
			if len(subj) == 0 {
				subj = v.coordinatedSubject(i, polity)
			}
			if w := v.word(v.subjectEnd(i) - 1); len(subj) == 0 && (w == "who" || w == "which" || w == "that") {
				subj = l.subjectOf(v, i) // "The Houthis, who are allied with Iran,"
			}
			if v.word(i+1) == "with" || v.word(i+1) == "to" {
				if obj := v.headMentionAt(i + 2); obj != nil {
					for _, s := range subj {
						l.emitM(v, graph.AlliedWith, s, obj, 0.85, "allied-with", s.Last, i)
					}
				}
				continue
			}
			for a := 0; a < len(subj); a++ {
				for b := a + 1; b < len(subj); b++ {
					l.emitM(v, graph.AlliedWith, subj[a], subj[b], 0.8, "allied-plural", subj[len(subj)-1].Last, i)
				}
			}
			// "... are allied as part of the CSTO": membership of the pact.
			if org := v.partOf(i + 1); org != nil {
				for _, s := range subj {
					l.emitM(v, graph.MemberOf, s, org, 0.8, "allied-as-part-of", s.Last, i)
				}
			}
		}
	}
}

// stateHeadedBy returns the state person y heads by a title the text
// gives ("Belarusian leader Alexander Lukashenko"), as a mention spanning
// y; nil when y is no such person or the office is past.
func (v *sentenceView) stateHeadedBy(y *Mention) *Mention {
	if y == nil || y.Type != graph.Person || !strings.HasPrefix(y.RoleOf, graph.Country.Slug()+"/") || headTitle(y.Role) == "" ||
		graph.PastRole(y.Role) || disqualified(strings.ToLower(y.Role)) || v.pastTitleBefore(y) {
		return nil
	}
	return countryMention(y.RoleOf, y.First, y.Last)
}

// allianceNoun reads an alliance named as the possessor's ("Israel's
// alliance with the United States") or as one between two ("the alliance
// between Russia and Belarus"); it reports whether it read one.
func (l *linkRun) allianceNoun(v *sentenceView, i int, polity func(*Mention) bool) bool {
	k := i - 1
	for k > v.s.First && (allyModifiers[v.word(k)] || v.word(k) == "military" || v.word(k) == "strategic" || v.word(k) == "defence" || v.word(k) == "defense") {
		k--
	}
	switch {
	case v.possessive(k) && v.word(i+1) == "with":
		x, y := v.mentionAt(k-1), v.headMentionAt(i+2)
		if x == nil || y == nil || !polity(x) || !polity(y) || x == y || proposedAfter(v, y.Last) {
			return false
		}
		l.emitM(v, graph.AlliedWith, x, y, 0.85, "alliance-with", x.First, y.Last)
		return true
	case v.word(i+1) == "between":
		list, _ := v.listAt(v.skipModifiers(i + 2))
		if len(list) != 2 || !polity(list[0]) || !polity(list[1]) {
			return false
		}
		if proposedAfter(v, list[1].Last) {
			return true // "a formal alliance between Russia and North Korea would alarm Seoul": one only supposed
		}
		l.emitM(v, graph.AlliedWith, list[0], list[1], 0.8, "alliance-with", i, list[1].Last)
		return true
	}
	return false
}

// proposedAfter reports whether the noun phrase ending before k is only
// proposed: "NATO's alliance with Ukraine was discussed".
func proposedAfter(v *sentenceView, k int) bool {
	for j := k; j < v.s.Last && j < k+4; j++ {
		switch v.word(j) {
		case "discussed", "proposed", "considered", "debated", "mooted", "planned", "sought", "envisaged", "would", "could", "might":
			return true
		}
	}
	return false
}

// pact reads an alliance the text says was made: "France and Germany
// signed a defence pact", "Japan and the Philippines formed an alliance",
// "Russia signed a mutual defence treaty with Belarus". The noun at i; a
// treaty or agreement allies only for defence ("a trade pact" does not).
func (l *linkRun) pact(v *sentenceView, i int, polity func(*Mention) bool) {
	defence := v.word(i) == "alliance"
	for k := i - 1; k > v.s.First && k >= i-3 && !defence; k-- {
		defence = v.defenceAt(k)
	}
	if pastPactAfter(v, i) {
		return // "had a mutual defence treaty until 1979"
	}
	if defence && v.word(i) != "alliance" && v.word(i+1) == "between" {
		// "The mutual defence treaty between Russia and North Korea" (not
		// "Negotiations over a mutual defence treaty between ...")
		np := i - 1
		for np > v.s.First && (defenceWords[v.word(np)] || v.word(np) == "mutual" || v.toks[np].Tag == "JJ" || v.toks[np].Tag == "CD") {
			np--
		}
		list, end := v.listAt(v.skipModifiers(i + 2))
		if len(list) == 2 && polity(list[0]) && polity(list[1]) && !proposedAfter(v, end) && !talkedOf(v, np) {
			l.emitM(v, graph.AlliedWith, list[0], list[1], 0.75, "pact", i, list[1].Last)
		}
		return
	}
	p := i - 1
	for ; p > v.s.First && p >= i-5; p-- {
		w := v.word(p)
		if pactVerbs[w] || haveVerbs[w] && defence {
			break // "Iran and Syria have a strategic alliance"
		}
		if w == "by" && v.word(p-1) == "bound" {
			p-- // "Japan and the United States are bound by a mutual defence treaty"
			break
		}
		if defenceWords[w] || w == "mutual" {
			continue
		}
		if w == "a" || w == "an" || w == "the" || w == "their" || w == "new" || w == "formal" || w == "military" || w == "strategic" || w == "landmark" || w == "historic" ||
			v.toks[p].Tag == "CD" && len(w) == 4 || // "their 1951 mutual defence treaty"
			isLowerWord(v.toks[p].Text) && (strings.HasPrefix(v.toks[p].Tag, "NN") || strings.HasPrefix(v.toks[p].Tag, "JJ")) && v.mentionAt(p) == nil {
			continue // "a truce agreement", "a gas deal"
		}
		if m := v.mentionAt(p); m != nil && m.Type == graph.Location && m.Kind != "demonym" && p > v.s.First && v.word(m.First-1) == "the" {
			p = m.First // "the Doha agreement": named after where it was signed
			continue
		}
		return
	}
	for k := i + 1; k < v.s.Last && k <= i+4 && !defence; k++ {
		defence = v.defenceAt(k) // "a pact pledging mutual military assistance"
	}
	if !pactVerbs[v.word(p)] && !(haveVerbs[v.word(p)] && defence) && v.word(p) != "bound" {
		return
	}
	rel, conf, pattern := graph.AlliedWith, 0.75, "pact"
	if !defence {
		if v.word(i) == "alliance" || !signVerbs[v.word(p)] {
			return
		}
		// "Israel and Hamas signed a truce agreement": an agreement
		// signed was negotiated
		rel, conf, pattern = graph.NegotiatesWith, 0.7, "signed-agreement"
	}
	subj := v.listBefore(v.subjectEnd(p))
	if len(subj) > 0 && phrasePreps[v.word(subj[0].First-1)] {
		return // "his partners from Switzerland, Liechtenstein, Iceland and Norway signed": the partners'
	}
	if e := v.subjectEnd(p); len(subj) == 0 && (v.word(e-1) == "two" || v.word(e-1) == "2") && v.word(e-2) == "the" && (v.word(e-3) == "where" || v.word(e-3) == "and") {
		subj = l.twoOfClauseBefore(v, e-3) // "Kim Jong Un hosted Vladimir Putin in Pyongyang, where the two signed"
	}
	if defence && len(subj) > 0 {
		subj = l.statesOfLeaders(v, subj) // "Kim Jong Un and Vladimir Putin signed a mutual defence pact": their states
	}
	with := i + 1
	if v.word(i) == "memorandum" && v.word(i+1) == "of" && v.word(i+2) == "understanding" {
		with = i + 3 // "signed a memorandum of understanding with Somaliland"
	}
	// "Japarov signed a border agreement with Tajik President Emomali
	// Rahmon": leaders who sign together negotiated
	ok := func(x, y *Mention) bool {
		return polity(x) && polity(y) || rel == graph.NegotiatesWith && x.Type == graph.Person && y.Type == graph.Person
	}
	if v.word(with) == "with" {
		if obj := v.headMentionAt(v.skipModifiers(with + 1)); obj != nil {
			for _, s := range subj {
				if ok(s, obj) {
					l.emitM(v, rel, s, obj, conf, pattern, s.Last, obj.Last)
				}
			}
		}
		return
	}
	if w1, w2 := v.word(p-1), v.word(p-2); w1 == "both" || w2 == "both" || w1 == "each" || w2 == "each" {
		return // "Israel and Egypt have both signed the treaty banning nuclear tests": each with others, not with each other
	}
	if len(subj) > 1 {
		l.emitPairs(v, rel, subj, ok, conf, pattern, subj[len(subj)-1].Last, i)
	}
}

// twoOfClauseBefore returns whom "the two" after token k means: the one
// subject of the clause before and the person it names as the object of
// its verb ("Kim Jong Un hosted Vladimir Putin in Pyongyang, where the
// two"); nil when the clause has no such pair ("Putin, praised by Xi,
// flew to Pyongyang", "welcomed Xi's envoy").
func (l *linkRun) twoOfClauseBefore(v *sentenceView, k int) []*Mention {
	verb := v.finiteVerbBefore(k)
	if verb == 0 {
		return nil
	}
	subj := l.subjectOf(v, verb)
	obj := v.headMentionAt(v.skipModifiers(verb + 1))
	if len(subj) != 1 || subj[0].Type != graph.Person || obj == nil || obj.Type != graph.Person || obj.Last > k || v.possessive(obj.Last) || obj.Entity == subj[0].Entity {
		return nil
	}
	return []*Mention{subj[0], obj}
}

// statesOfLeaders returns the states the people in sides lead, by the
// present head's office the sentence gives them ("North Korean leader Kim
// Jong Un"; stateOffice), each in the place of its leader; sides that are
// not people stay. Nil when a person leads no state there (a former or
// elected leader).
func (l *linkRun) statesOfLeaders(v *sentenceView, sides []*Mention) []*Mention {
	out := make([]*Mention, 0, len(sides))
	for _, m := range sides {
		if m.Type != graph.Person {
			out = append(out, m)
			continue
		}
		c := l.stateOffice(v, m.Entity, true)
		if c == "" {
			return nil
		}
		out = append(out, countryMention(c, m.First, m.Last))
	}
	return out
}

// truceBetween reads a ceasefire, truce or deal between two sides:
// "Egyptian mediators brokered a ceasefire between Israel and Hamas" (the
// two sides came to terms, through mediators or not), "Qatar mediated
// between Hamas and Israel". Not one called for or
// proposed ("calls for a ceasefire between", "a proposed truce").
func (l *linkRun) truceBetween(v *sentenceView, polity func(*Mention) bool) {
	l.truceAgreed(v, polity)
	for i := v.s.First + 1; i+3 < v.s.Last; i++ {
		if w := v.word(i); !truceNouns[w] && !dealNouns[w] && !mediateVerbs[w] || v.word(i+1) != "between" {
			continue
		}
		from := meetingPhraseStart(v, i)
		if w := v.word(from - 1); w == "for" || urgeVerbs[w] || callVerbs[w] || possibleNouns[w] {
			continue
		}
		if mediateVerbs[v.word(i)] && v.word(i-1) == "to" && offerVerbs[v.word(i-2)] {
			continue // "Erdogan offered to mediate between Russia and Ukraine": an offer
		}
		pair, end := v.listAt(i + 2)
		if calledOff(v, end) {
			continue // "a truce between X and Y collapsed" is still one; "was postponed" is none
		}
		for a := 0; a < len(pair); a++ {
			for b := a + 1; b < len(pair); b++ {
				if polity(pair[a]) && polity(pair[b]) {
					pattern := "truce-between"
					if !truceNouns[v.word(i)] {
						pattern = "deal-between"
					}
					l.emitM(v, graph.NegotiatesWith, pair[a], pair[b], 0.7, pattern, max(from-3, v.s.First), end)
				}
			}
		}
	}
}

// truceAgreed reads a truce or deal the sides themselves agreed to: "Israel
// and Hezbollah agreed to a ceasefire", "Armenia reached a peace deal
// with Azerbaijan".
func (l *linkRun) truceAgreed(v *sentenceView, polity func(*Mention) bool) {
	for i := v.s.First + 1; i < v.s.Last; i++ {
		w := v.word(i)
		if (w == "agreed" || w == "agree" || w == "agrees") && v.word(i+1) == "to" && mutualVerbs[v.word(i+2)] {
			// "Serbia and Kosovo agreed to normalise relations": what two
			// sides agree to do with each other they negotiated (not
			// "Brunei, Malaysia ... have agreed to participate in the
			// observer mission": each on its own)
			third := false
			for k := i + 3; k < v.s.Last && k < i+8; k++ {
				if v.word(k) == "with" && v.headMentionAt(k+1) != nil {
					third = true // "agreed to start discussions with Washington"
				}
			}
			if sides := l.subjectOf(v, i); len(sides) == 2 && !third {
				l.emitPairs(v, graph.NegotiatesWith, sides, bothPolities(polity), 0.75, "agreed-to", sides[0].Last, i+2)
			}
			continue
		}
		if !truceNouns[w] && w != "deal" && w != "accord" && w != "agreement" && !((w == "swap" || w == "exchange") && v.word(i-1) == "prisoner") {
			continue // ("agreed to a prisoner swap")
		}
		k := i - 1
		for n := 0; n < 3 && k > v.s.First && (v.word(k) == "a" || v.word(k) == "an" || v.word(k) == "the" || isLowerWord(v.word(k)) && v.toks[k].Tag == "JJ" ||
			v.word(k) == "peace" || v.word(k) == "grain" || v.word(k) == "prisoner" ||
			k == i-1 && v.mentionAt(k) == nil && strings.HasPrefix(v.toks[k].Tag, "NN") && isLowerWord(v.toks[k].Text)); n++ { // ("a trade deal")
			k--
		}
		if w := v.word(k); (w == "signed" || w == "signs") && !truceNouns[v.word(i)] {
			continue // a deal signed is pact's to read, with its own subject
		}
		if v.word(k) == "to" && (v.word(k-1) == "agreed" || v.word(k-1) == "agree" || v.word(k-1) == "agrees") {
			k--
		}
		if a := v.word(k); !agreeVerbs[a] {
			continue
		}
		sides := l.subjectOf(v, k)
		if len(sides) == 0 {
			sides = v.delegationsBefore(v.subjectEnd(k)) // "EU and Mercosur negotiators reached a trade deal"
		}
		if e := i + 1; len(sides) == 1 && v.word(e) == "with" {
			if o := v.headMentionAt(e + 1); o != nil {
				sides = append(sides, o) // "reached a peace deal with Azerbaijan"
			}
		}
		if len(sides) > 0 {
			l.emitPairs(v, graph.NegotiatesWith, sides, bothPolities(polity), 0.75, "agreed-truce", sides[0].Last, i+1)
		}
	}
}

// bothPolities makes a test of one side a test of a pair.
func bothPolities(polity func(*Mention) bool) func(x, y *Mention) bool {
	return func(x, y *Mention) bool { return polity(x) && polity(y) }
}

// mutualVerbs are what two sides agree to do with each other: "agreed to
// normalise relations", "to exchange prisoners", "to join forces".
var mutualVerbs = set("normalise", "normalize", "restore", "resume", "establish", "exchange", "cooperate", "negotiate", "settle",
	"join", "form", "sign", "separate", "end", "pursue", "strengthen", "deepen", "boost", "expand", "work", "reopen", "swap", "share")

// agreeVerbs make a truce or deal the subject's own.
var agreeVerbs = set("agreed", "agree", "agrees", "reached", "reach", "reaches", "signed", "signs", "accepted", "accepts", "struck", "clinched", "sealed")

// truceNouns name an end to fighting two sides agree on; dealNouns what
// else they agree on ("Turkey brokered a grain deal between Russia and
// Ukraine"); mediateVerbs tell of a go-between ("Qatar mediated between
// Hamas and Israel").
var (
	offerVerbs   = set("offered", "offers", "offer", "offering", "proposed", "proposes", "volunteered", "sought", "seeks", "tried", "tries", "wants", "hopes")
	truceNouns   = set("ceasefire", "cease-fire", "truce", "armistice")
	dealNouns    = set("deal", "agreement", "accord", "accords")
	mediateVerbs = set("mediated", "mediates", "mediating", "mediate", "brokered", "brokering")
)

// pactVerbs make a pact, signVerbs by signing it (the only way to make
// an agreement that is no alliance); haveVerbs hold one now ("Iran and Syria have a
// strategic alliance"; "had" one is over); defenceWords make it one of
// alliance, and "mutual" does when one of them or "military" follows it
// ("mutual military assistance"; not "a mutual legal assistance treaty").
var (
	signVerbs = set("signed", "signs", "sign", "concluded", "sealed", "inked", "inks", "initialled", "initialed")
	pactVerbs = union(signVerbs, set("formed", "forms", "form", "forged", "forges",
		"reaffirmed", "reaffirms", "reaffirm", "renewed", "renews", "strengthened", "strengthens", "deepened", "deepens"))
	haveVerbs    = set("have", "has", "maintain", "maintains")
	defenceWords = set("defence", "defense", "mutual-defence", "mutual-defense") // (not "a security agreement": cooperation, no alliance)
)

// defenceAt reports whether token k makes a pact one of defence.
func (v *sentenceView) defenceAt(k int) bool {
	w := v.word(k)
	return defenceWords[w] || w == "mutual" && (defenceWords[v.word(k+1)] || v.word(k+1) == "military")
}

// pastPactAfter reports whether a pact noun at i is told as over: "had a
// mutual defence treaty until 1979".
func pastPactAfter(v *sentenceView, i int) bool {
	for k := i + 1; k < v.s.Last && k <= i+8; k++ {
		if w := v.word(k); w == "until" || w == "till" || w == "before" {
			return true
		}
	}
	return false
}

// talkedOf reports whether the noun phrase starting at k is what talks or
// a push are about: "Negotiations over a mutual defence treaty between",
// "pushed for a defence treaty between".
func talkedOf(v *sentenceView, k int) bool { return topicPreps[v.word(k-1)] }

// topicPreps introduce what talks or a push are about.
var topicPreps = set("over", "on", "for", "about", "toward", "towards")

// copulaAllies reads "Russia and Belarus are close allies", "Belarus is an
// ally of Russia", "X and Y have been allies of Z": the ally noun at i, its
// modifiers from k+1.
func (l *linkRun) copulaAllies(v *sentenceView, i, k int, polity func(*Mention) bool) {
	c := k
	if w := v.word(c); w == "a" || w == "an" {
		c--
	}
	subj := v.copulaSubjects(c)
	var of *Mention
	if v.word(i+1) == "of" {
		if x := v.headMentionAt(i + 2); x != nil && polity(x) {
			of = x
		}
	}
	for a, s := range subj {
		if !polity(s) {
			return
		}
		if of != nil {
			l.emitM(v, graph.AlliedWith, s, of, 0.85, "copula-ally", s.First, of.Last)
			continue
		}
		if v.word(i) == "allies" {
			for _, t := range subj[a+1:] {
				l.emitM(v, graph.AlliedWith, s, t, 0.8, "copula-allies", s.First, i+1)
			}
		}
	}
}

// allianceAllies reads "Germany and Lithuania are NATO allies": the
// subjects are allied and members of the alliance named before the ally
// noun at i (k, past its modifiers, is the alliance's last token).
func (l *linkRun) allianceAllies(v *sentenceView, i, k int) {
	a := v.mentionAt(k)
	if v.word(i) != "allies" || a == nil || a.Last != k+1 || a.Type != graph.Org || l.gaz.Kind(a.Entity) != "alliance" {
		return
	}
	subj := v.copulaSubjects(a.First - 1)
	if len(subj) < 2 || slices.ContainsFunc(subj, func(m *Mention) bool { return actorType(m) != graph.Country }) || v.reportedBy(subj[0].First) < 1 ||
		v.word(i+1) == "in" && v.word(i+2) == "spirit" {
		return // ("Russia claims Ukraine and Moldova are NATO allies", "NATO allies in spirit only")
	}
	l.emitPairs(v, graph.AlliedWith, subj, func(x, y *Mention) bool { return true }, 0.85, "alliance-allies", subj[0].First, i+1)
	for _, m := range subj {
		l.emitM(v, graph.MemberOf, m, a, 0.85, "alliance-allies", m.First, i+1)
	}
}

// copulaSubjects returns the names a copula at c says something of:
// "Russia and Belarus are", "X has been"; nil when no copula stands at c.
func (v *sentenceView) copulaSubjects(c int) []*Mention {
	if !copulas[v.word(c)] {
		return nil
	}
	return v.listBefore(v.subjectEnd(c + 1))
}

// dashOrComma reports whether w sets off an apposition: "Russia - a close
// ally of Serbia -", "Russia, a close ally of Serbia,".
func dashOrComma(w string) bool {
	return w == "," || w == "-" || w == "--" || w == "\u2014" || w == "\u2013"
}

var allyModifiers = set("historically", "traditionally", "very", "most", "close", "closest", "key", "staunch", "staunchest", "main", "longtime",
	"long-time", "strategic", "traditional", "chief", "principal", "major", "important", "regional",
	"biggest", "only", "last", "remaining", "loyal", "old", "treaty", "military", "firm", "steadfast", "historic", "natural", "formal", "longstanding", "long-standing")

// coordinatedSubject finds "X and Y" as the subject of a verb at i when a
// relative clause or apposition stands between them and the verb
// ("Belarus and Russia, which enjoy a union, are allied").
func (v *sentenceView) coordinatedSubject(i int, ok func(*Mention) bool) []*Mention {
	for j := v.s.First; j < i; j++ {
		if m := v.mentionAt(j); m != nil && ok(m) {
			list, end := v.listAt(j)
			if len(list) >= 2 && (v.word(end) == "," || end == i) {
				return list
			}
			j = m.Last - 1
		}
	}
	return nil
}

// partOf finds "(as) (a) part of ... ORG", "in ORG", "within ORG" after
// token i, within a few words.
func (v *sentenceView) partOf(i int) *Mention {
	for j := i; j < v.s.Last && j < i+6; j++ {
		if v.word(j) == "part" && v.word(j+1) == "of" || v.word(j) == "within" || v.word(j) == "through" || v.word(j) == "in" {
			for k := j + 1; k < v.s.Last && k < j+10; k++ {
				if m := v.mentionAt(k); m != nil {
					if m.Type == graph.Org && m.StandsFor == "" {
						return m
					}
					return nil
				}
			}
		}
	}
	return nil
}

// previousSentenceActor returns the last matching actor of the sentence
// before v, for a pronoun opening a sentence.
func (l *linkRun) previousSentenceActor(v *sentenceView, ok func(*Mention) bool) *Mention {
	if v.index == 0 {
		return nil
	}
	prev := l.in.sents[v.index-1]
	if w := strings.ToLower(l.in.toks[prev.First].Text); (w == "he" || w == "she" || w == "it") && v.index >= 2 && l.views != nil && l.views[v.index-1] != nil &&
		strings.EqualFold(v.word(v.s.First), w) {
		// "Blinken arrived in Cairo. He met Sissi and Shoukry. He later
		// flew to Amman, where he held talks with King Abdullah": two
		// sentences that open with the pronoun go on about one referent,
		// whoever the first names after it (not "He wrote ... An
		// Australian prosecutor said he was recruited")
		if m := l.previousSentenceActor(l.views[v.index-1], ok); m != nil {
			return m
		}
	}
	var first, last *Mention
	for _, m := range l.bySent[v.index-1] {
		if (m.Kind != "description" || m.Type == graph.Person) && isActor(m) && ok(m) {
			if first == nil {
				first = m
			}
			last = m
		}
	}
	// The sentence's subject is what the next one goes on about: "Russia
	// invaded Ukraine. It has also attacked Georgia."
	if first != nil && first.First-l.in.sents[v.index-1].First <= 1 && first.Kind != "demonym" {
		if first.Type != graph.Person && first.Last < len(l.in.toks) && isPossessive(l.in.toks[first.Last].Text) {
			// "Moscow's idea to have Iran enrich uranium in Russia ... It
			// has been backed by": the subject is what the name owns.
			// ("Kagame's popularity ... His ruling party" is still his.)
			return nil
		}
		return first
	}
	return last
}

// considerVerbs hold their object to be something: "considers Minsk its
// closest ally".
var considerVerbs = set("considers", "considered", "consider", "regards", "regarded", "sees", "saw", "views", "viewed", "calls", "called")

// pastTitleBefore reports whether the title before person y says it was
// held once: "Former Belarusian leader Stanislau Shushkevich".
func (v *sentenceView) pastTitleBefore(y *Mention) bool {
	for k := y.First - 1; k >= v.s.First && k >= y.First-5; k-- {
		if w := v.word(k); graph.PastRole(strings.TrimSuffix(w, "-")) {
			return true
		} else if w == "," || isVerbTag(v.toks[k].Tag) {
			return false
		}
	}
	return false
}

// foughtAlongside reads arms borne together as an alliance: "Hezbollah
// fought alongside Syrian government forces", "Wagner fighters fought
// alongside the Syrian army".
func (l *linkRun) foughtAlongside(v *sentenceView, polity func(*Mention) bool) {
	for i := v.s.First + 1; i+2 < v.s.Last; i++ {
		if w := v.word(i); w != "fought" && w != "fights" && w != "fighting" && w != "fight" || v.word(i+1) != "alongside" {
			continue
		}
		with, _ := v.forcesAt(v.skipModifiers(i + 2))
		if len(with) == 0 {
			with, _ = v.listAt(v.skipModifiers(i + 2))
		}
		subj := l.subjectOf(v, i)
		if len(subj) == 0 {
			subj = v.forcesBefore(v.subjectEnd(i)) // "Wagner fighters fought alongside"
		}
		for _, s := range subj {
			for _, o := range with {
				if polity(s) && polity(o) && s.Actor() != o.Actor() {
					l.emitM(v, graph.AlliedWith, s, o, 0.75, "fought-alongside", min(s.First, i), o.Last)
				}
			}
		}
	}
}

// nonNATOAlly reads the American designation: "Kenya was designated a
// major non-NATO ally by the United States", "Washington designated
// Qatar a major non-NATO ally".
func (l *linkRun) nonNATOAlly(v *sentenceView, polity func(*Mention) bool) {
	for i := v.s.First + 1; i+4 < v.s.Last; i++ {
		if w := v.word(i); w != "designated" && w != "designates" && w != "named" {
			continue
		}
		k := i + 1
		var x, y []*Mention
		if isPassiveAux(v.word(i-1)) || v.word(i-1) == "been" {
			x = l.subjectOf(v, v.auxStart(i-1))
		} else {
			x, k = v.listAt(k)
			y = l.subjectOf(v, i)
		}
		if v.word(k) == "as" {
			k++
		}
		if v.word(k) != "a" || v.word(k+1) != "major" || v.word(k+2) != "non-nato" || v.word(k+3) != "ally" {
			continue
		}
		if k += 4; len(y) == 0 && v.word(k) == "by" {
			y, _ = v.listAt(v.skipModifiers(k + 1))
		}
		if len(y) == 1 && y[0].Type == graph.Person {
			y = nil // "Biden designated Kenya ...": his state's designation
		}
		if us := l.gaz.Lookup("united states"); len(y) == 0 && len(us) > 0 {
			y = []*Mention{{Type: graph.Country, Entity: us[0].ID, StandsFor: us[0].ID, Kind: "name", First: i, Last: i + 1}} // the designation is America's
		}
		for _, a := range x {
			for _, b := range y {
				if polity(a) && polity(b) && a.Actor() != b.Actor() {
					l.emitM(v, graph.AlliedWith, a, b, 0.8, "non-nato-ally", min(a.First, i), max(b.Last, k))
				}
			}
		}
	}
}
