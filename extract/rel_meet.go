package extract

import (
	"slices"
	"strings"

	"github.com/kgraph/kgraph/graph"
)

// presentInTimeClause reports whether the verb at i is in the present
// tense in a clause that "when", "before", "after", "once" or "until"
// opens before its subject s: news tells what is to come so ("The issue
// will be discussed when President Bush meets Mahmoud Abbas Thursday").
func (v *sentenceView) presentInTimeClause(s *Mention, i int) bool {
	if t := v.toks[i].Tag; t != "VBZ" && t != "VBP" {
		return false
	}
	k := s.First - 1
	for k > v.s.First && isTitleWord(v.toks[k].Text) {
		k-- // "when President Bush meets"
	}
	switch v.word(k) {
	case "when", "before", "after", "once", "until":
		return true
	}
	return false
}

// meetings: "X meets with Y", "X met Y", "a meeting between X and Y",
// "talks with Y" (with the sentence's other person as the subject).
func (l *linkRun) meetings(v *sentenceView) {
	l.delegationsMet(v)
	for i := v.s.First; i < v.s.Last; i++ {
		w := v.word(i)
		switch {
		case hostVerbs[w] && v.mealAfter(i) > 0:
			// "Biden hosted a dinner for Kishida", "a state banquet in honour of Xi"
			k := v.mealAfter(i) + 1
			switch {
			case v.word(k) == "for":
				k++
			case v.word(k) == "in" && (v.word(k+1) == "honor" || v.word(k+1) == "honour") && v.word(k+2) == "of":
				k += 3
			default:
				continue
			}
			if obj := v.headMentionAt(k); obj != nil && obj.Type == graph.Person && !v.possessive(obj.Last) {
				for _, s := range l.subjectOf(v, i) {
					if s.Type == graph.Person {
						l.emitM(v, graph.MetWith, s, obj, 0.8, "meet-verb", s.Last, obj.First)
					}
				}
			}
		case meetVerbs[w] && (w != "meeting" || auxiliaries[v.word(i-1)]):
			// The subject stands right before the verb and is not inside a
			// prepositional phrase ("Envoys from X and Y met ..." says nothing of X).
			subj := l.subjectOf(v, i)
			if len(subj) == 0 {
				// "Dissanayake visited India on his first trip abroad and met
				// Prime Minister Narendra Modi"
				subj = l.sharedVerbSubject(v, i)
			}
			j := i + 1
			if v.word(j) == "with" {
				j++
			}
			if transitiveMeet[w] && v.word(j) == "by" && (isPassiveAux(v.word(i-1)) || v.word(i-1) == "been") {
				// "Putin was received by Xi in Beijing": between people only
				// ("was welcomed by the markets" met no one).
				if host := v.headMentionAt(j + 1); host != nil && host.Type == graph.Person {
					for _, s := range subj {
						if s.Type == graph.Person {
							l.emitM(v, graph.MetWith, host, s, 0.85, "meet-verb", s.Last, host.Last)
						}
					}
				}
				continue
			}
			obj := v.headMentionAt(j)
			if d := v.mentionAt(j); d != nil && d.First == j && d.Kind == "demonym" && actorType(d) == graph.Country && delegationNouns[v.word(d.Last)] && !hostVerbs[w] &&
				!slices.ContainsFunc(subj, func(s *Mention) bool {
					return s.Actor() == d.Actor() || l.roles[s.Entity][d.Actor()] || l.american && d.Actor() == graph.Country.Slug()+"/united-states" && s.Type == graph.Person && len(l.roles[s.Entity]) == 0
				}) {
				obj = d // "Karasin met with Ukrainian officials in Kiev": the state whose officials they are (not one's own: "Obama met with American officials in Kabul")
			}
			if obj == nil && j == i+1 && !transitiveMeet[w] {
				// "Ivanov is meeting today at the White House with President
				// Bush": when and where, then whom
				if k := v.withAfterCircumstance(j); k > 0 {
					if p := v.headMentionAt(k + 1); p != nil && p.Type == graph.Person {
						obj = p
					}
				}
			}
			if obj != nil && obj.Type != graph.Person {
				if p := v.ownedPerson(obj.Last); p != nil {
					obj = p // "met with Pakistan's President Pervez Musharraf"
				}
			}
			if obj != nil && (v.possessive(obj.Last) || hostVerbs[w] && obj.Type != graph.Person) {
				continue // "met Ms. Bhutto's widower"; "the Marshall Islands hosts the U.S. Army"
			}
			if obj != nil && contestAfter(v, obj.Last) {
				continue // "Gasquet will meet Max Mirnyi of Belarus in the final": a match, not a meeting
			}
			if obj == nil && len(subj) == 0 && (v.word(i-1) == "they" || v.word(i-2) == "they") && (v.word(i-2) == "when" || v.word(i-3) == "when" || v.word(i-2) == "after") {
				// "Bush and Karzai expressed a desire ... when they met in
				// Washington": the clause's subjects met
				subj = v.listBefore(v.subjectEnd(v.firstVerb()))
			}
			if obj == nil {
				// "X and Y met on Friday"; one receives or hosts someone,
				// so "X and Y have received endorsements" is no meeting.
				// ("Obama and Biden are meeting with Democratic senators": they
				// meet others together)
				if len(subj) >= 2 && !auxiliaries[v.word(j)] && !transitiveMeet[w] && v.word(i+1) != "with" && !unnamedObject(v, i+1) {
					for a := 0; a < len(subj); a++ {
						for b := a + 1; b < len(subj); b++ {
							l.emitM(v, graph.MetWith, subj[a], subj[b], 0.8, "meet-verb", subj[0].First, i+1)
						}
					}
				}
				continue
			}
			objs := []*Mention{obj}
			if list, _ := v.listAt(obj.First); len(list) > 1 && list[0] == obj {
				for _, o := range list[1:] {
					if o.Type == obj.Type {
						objs = append(objs, o) // "will meet with Mahmoud Abbas and Ehud Olmert"
					}
				}
			}
			for _, s := range subj {
				if welcomeVerbs[w] && s.Type != graph.Person {
					continue // a country welcomes a decision or a refugee, not a visit
				}
				conf := 0.85
				if v.presentInTimeClause(s, i) {
					conf = 0.6 // "when President Bush meets Mahmoud Abbas at the White House Thursday": to come
				}
				for _, o := range objs {
					l.emitM(v, graph.MetWith, s, o, conf, "meet-verb", s.Last, o.First)
					if k := forTalksAfter(v, objs[len(objs)-1].Last); k > 0 && !welcomeVerbs[w] {
						// "Wong met her Chinese counterpart Wang Yi in Beijing
						// for talks": a meeting held to negotiate
						l.emitM(v, graph.NegotiatesWith, s, o, 0.8, "met-for-talks", s.Last, k)
					}
				}
			}
		case (w == "sat" || w == "sits" || w == "sit") && v.word(i+1) == "down" && v.word(i+2) == "with":
			// "Blinken sat down with Wang Yi"
			if obj := v.headMentionAt(i + 3); obj != nil && obj.Type == graph.Person && !v.possessive(obj.Last) {
				for _, s := range l.subjectOf(v, i) {
					l.emitM(v, graph.MetWith, s, obj, 0.85, "meet-verb", s.Last, obj.First)
				}
			}
		case w == "visited" || w == "visits" || w == "visiting" && (v.word(i-1) == "was" || v.word(i-1) == "is"):
			// "Zelensky visited Biden at the White House": a person visited
			// is met; a country or town visited is only where one went.
			obj := v.headMentionAt(i + 1)
			if obj == nil || obj.Type != graph.Person || v.possessive(obj.Last) {
				continue
			}
			for _, s := range l.subjectOf(v, i) {
				if s.Type == graph.Person {
					l.emitM(v, graph.MetWith, s, obj, 0.8, "meet-verb", s.Last, obj.First)
				}
			}
		case (w == "shook" || w == "shakes" || w == "shake") && v.word(i+1) == "hands" && v.word(i+2) != "with":
			// "Arafat and Rabin shook hands on the White House lawn"
			subj := l.subjectOf(v, i)
			for a := 0; a < len(subj); a++ {
				for b := a + 1; b < len(subj); b++ {
					if subj[a].Type == graph.Person && subj[b].Type == graph.Person {
						l.emitM(v, graph.MetWith, subj[a], subj[b], 0.8, "meet-verb", subj[len(subj)-1].Last, i+2)
					}
				}
			}
		case (w == "shook" || w == "shakes" || w == "shake") && v.word(i+1) == "hands" && v.word(i+2) == "with":
			// "Biden shook hands with Xi": in one room
			if obj := v.headMentionAt(i + 3); obj != nil && obj.Type == graph.Person && !v.possessive(obj.Last) {
				for _, s := range l.subjectOf(v, i) {
					if s.Type == graph.Person {
						l.emitM(v, graph.MetWith, s, obj, 0.8, "meet-verb", s.Last, obj.First)
					}
				}
			}
		case (w == "brought" || w == "brings" || w == "bring") && v.word(i+1) == "together":
			// "The summit brought together Putin and Erdogan"
			if list, _ := v.listAt(v.skipModifiers(i + 2)); len(list) >= 2 {
				for a := 0; a < len(list); a++ {
					for b := a + 1; b < len(list); b++ {
						if list[a].Type == graph.Person && list[b].Type == graph.Person {
							l.emitM(v, graph.MetWith, list[a], list[b], 0.75, "brought-together", list[0].First, list[len(list)-1].Last)
						}
					}
				}
			}
		case (w == "played" || w == "plays" || w == "play") && v.word(i+1) == "host" && v.word(i+2) == "to":
			// "Kim Jong Il played host to Chinese President Hu Jintao"
			if obj := v.headMentionAt(i + 3); obj != nil && obj.Type == graph.Person && !v.possessive(obj.Last) {
				for _, s := range l.subjectOf(v, i) {
					if s.Type == graph.Person {
						l.emitM(v, graph.MetWith, s, obj, 0.8, "meet-verb", s.Last, obj.First)
					}
				}
			}
		case (w == "conferred" || w == "confers" || w == "huddled" || w == "huddles") && v.word(i+1) == "with" && !byPhoneAfter(v, i+2):
			// "Lukashenko conferred with Putin": met (not "conferred with
			// aides by phone", which names no one)
			if obj := v.headMentionAt(i + 2); obj != nil && obj.Type == graph.Person && !v.possessive(obj.Last) {
				for _, s := range l.subjectOf(v, i) {
					l.emitM(v, graph.MetWith, s, obj, 0.8, "meet-verb", s.Last, obj.First)
				}
			}
		case w == "conference" && (v.word(i-1) == "news" || v.word(i-1) == "press") && !remoteWords[v.word(i-2)]:
			// "during a news conference in Nova Scotia with Canadian
			// Foreign Minister Peter MacKay": they stood together
			l.meetingNoun(v, i)
		case meetNouns[w] && !remoteWords[v.word(i-1)]:
			// (not "a phone call with", "a video conference": they did not meet)
			l.meetingNoun(v, i)
		}
	}
}

// meetingOfSubjects reads a meeting two sides held together, told after
// the agreement they reached there: "Yoon Suk Yeol and Fumio Kishida
// agreed to restore intelligence sharing during a meeting in Tokyo",
// "Saudi Arabia and Iran agreed to revive ties after four days of
// negotiations" (talks are negotiations, between states as between
// people). Only an agreement says the two met each other (not "exchanged
// fire during a meeting", "ignored each other", "were discussed at"), and
// only of two states or two people of two states (not colleagues), at a
// meeting with or between no one else.
func (l *linkRun) meetingOfSubjects(v *sentenceView, i int) {
	k := i - 1
	if w := v.word(k); w == "a" || w == "an" || w == "their" || w == "the" {
		k--
	}
	talks := v.word(i) == "talks" || v.word(i) == "negotiations"
	if v.word(k) == "of" && talks && spanNouns[v.word(k-1)] && (v.toks[k-2].Tag == "CD" || v.word(k-2) == "several") {
		k -= 3 // "after four days of negotiations"
	}
	if w := v.word(k); w != "during" && w != "throughout" && w != "at" && !(w == "after" && talks) || !pairMeetNouns[v.word(i)] || v.othersAtMeeting(i) {
		return // ("disagreed at a meeting of EU leaders", "during a meeting in Kyiv with Zelensky")
	}
	verb := v.finiteVerbBefore(k)
	if verb == 0 || !agreeVerbs[v.word(verb)] || isPassiveAux(v.word(verb-1)) {
		return
	}
	subj := l.subjectOf(v, verb)
	if len(subj) != 2 || !v.actor(subj[0]) || !v.actor(subj[1]) || subj[0].Actor() == subj[1].Actor() {
		return
	}
	x, y := subj[0], subj[1]
	people := x.Type == graph.Person && y.Type == graph.Person
	if people && (x.RoleOf == "" || y.RoleOf == "" || x.RoleOf == y.RoleOf) || !people && (actorType(x) != graph.Country || actorType(y) != graph.Country) {
		return // ("Blinken and Defense Secretary Lloyd Austin": one side)
	}
	if talks {
		l.emitM(v, graph.NegotiatesWith, x, y, 0.75, "talks-of-subjects", x.First, i+1)
	}
	if people || !talks {
		l.emitM(v, graph.MetWith, x, y, 0.75, "meeting-of-subjects", x.First, i+1)
	}
}

// othersAtMeeting reports whether the meeting noun at i goes on to say
// whom else it was with, between or among, who attended it or whose it
// was, within the phrase.
func (v *sentenceView) othersAtMeeting(i int) bool {
	for k := i + 1; k < v.s.Last && k < i+9; k++ {
		switch w := v.word(k); {
		case w == "with" || w == "between" || w == "among" || w == "of" || w == "attended" || w == "where":
			return true
		case w == "," || w == ";" || isVerbTag(v.toks[k].Tag) && w != "held":
			return false
		}
	}
	return false
}

// pairMeetNouns are meetings its parties hold together, not gatherings
// they attend among others.
var pairMeetNouns = set("meeting", "talks", "negotiations", "encounter", "sit-down", "assembly")

// forTalksAfter returns where "for talks" (or negotiations) ends when
// it follows token k past where and when the meeting was ("met Putin at
// a military base in Anchorage in August 2025 for talks"), else 0.
func forTalksAfter(v *sentenceView, k int) int {
	for j := k; j+1 < v.s.Last && j < k+14; j++ {
		if v.word(j) == "for" && (v.word(j+1) == "talks" || v.word(j+1) == "negotiations") {
			if v.word(j+2) == "with" {
				return 0 // "... for talks with Xi": with someone else
			}
			return j + 2
		}
		switch v.word(j) {
		case "ahead", "before", "after", "preparation", "way", "trip", "route", "en", "visit", "journey":
			return 0 // "met Wang Yi in Beijing ahead of a trip to Pyongyang for talks": the later trip's
		}
		if v.word(j) == "," {
			if m := v.mentionAt(j + 1); m != nil && (m.Type == graph.Location || m.Type == graph.Country || m.Type == graph.Date) {
				continue // "at a military base in Anchorage, Alaska, in August 2025"
			}
			if m := v.mentionAt(j - 1); m != nil && (m.Type == graph.Location || m.Type == graph.Country) && (v.word(j+1) == "in" || v.word(j+1) == "on") {
				continue
			}
			return 0
		}
		if m := v.mentionAt(j); m != nil && m.Type != graph.Location && m.Type != graph.Date && m.Type != graph.Country && !(m.Kind == "seat" && v.word(m.First-1) == "the" && v.word(m.First-2) == "at") || // ("at the White House Friday for talks")
			isVerbTag(v.toks[j].Tag) || v.word(j) == ";" {
			return 0
		}
	}
	return 0
}

// contestAfter reports whether a contest follows the object of "meet"
// within a few words: "meet Mirnyi of Belarus in the final", "in the
// second round".
func contestAfter(v *sentenceView, k int) bool {
	for j := k; j < v.s.Last && j < k+8; j++ {
		switch v.word(j) {
		case "final", "finals", "semifinal", "semifinals", "semi-final", "quarterfinal", "quarterfinals", "round", "match", "game", "bout", "playoff":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// meetingNoun reads the nominal forms: "a meeting between X and Y",
// "an assembly held within the Kremlin between X and Y", "X's talks with Y",
// "X was in Syria for talks with Y", and with the subject after an opening
// phrase: "After talks with Y, X said ...".
func (l *linkRun) meetingNoun(v *sentenceView, i int) {
	l.meetingOfSubjects(v, i)
	for j := i + 1; j < v.s.Last && j < i+8; j++ {
		if v.word(j) == "between" {
			pair, end := v.listAt(j + 1)
			if calledOff(v, end) || offeredBefore(v, i) {
				return // "A meeting between X and Y has been postponed", "offered to host talks between X and Y"
			}
			for a := 0; a < len(pair); a++ {
				for b := a + 1; b < len(pair); b++ {
					x, y := pair[a], pair[b]
					if (v.word(i) == "negotiations" || v.word(i) == "talks") && (x.Type != graph.Person || y.Type != graph.Person) {
						// "negotiations between Mr. Preval, the United Nations
						// and other parties": bodies negotiate, people meet.
						l.emitM(v, graph.NegotiatesWith, x, y, 0.75, "talks-between", i-2, j)
						continue
					}
					l.emitM(v, graph.MetWith, x, y, 0.8, "meeting-between", min(i-2, meetingPhraseStart(v, i)), j)
					if v.word(i) == "negotiations" || v.word(i) == "talks" {
						// "negotiations between King Hussein and Prime Minister
						// Yitzhak Rabin": people who hold talks meet and
						// negotiate, as "held talks with" says
						l.emitM(v, graph.NegotiatesWith, x, y, 0.75, "talks-between", i-2, j)
					}
				}
			}
			return
		}
		// Only a place or a participle may stand between the noun and
		// "between": "the dispute between X and Y" is no meeting.
		if v.mentionAt(j) == nil && !betweenFiller(v.toks[j]) {
			break
		}
	}
	with := i + 1
	if v.word(with) != "with" {
		// "after meeting in Cairo with X", "held talks in Moscow Wednesday
		// with X": when and where, then whom
		if k := v.withAfterCircumstance(i + 1); k > 0 {
			with = k
		}
	}
	if v.word(with) != "with" {
		if !l.metGerund(v, i) {
			l.heldTalks(v, i)
		}
		return
	}
	if w := v.word(with + 1); w == "each" && v.word(with+2) == "other" || w == "one" && v.word(with+2) == "another" {
		l.heldTalks(v, i) // "Aliyev and Pashinyan held talks with each other": the subjects
		return
	}
	objs, end := v.listOrOwned(with + 1)
	if len(objs) == 0 || objs[0].Type != graph.Person || v.possessive(end) || modifierName(v, objs[0]) {
		return // "after meeting with Ms. Bhutto's widower": with whom she had; "talks with the Uribe government"
	}
	if w := v.word(i - 1); w == "hold" || w == "have" || v.word(i-2) == "to" {
		return // "called on the authorities to hold talks with the Dalai Lama": wanted, not held
	}
	for k := i - 1; k > v.s.First && k >= i-4; k-- {
		if w := v.word(k); (w == "hold" || w == "have" || w == "attend") && (v.word(k-1) == "to" || v.word(k-1) == "will" || v.word(k-1) == "would") {
			return // "are expected to hold mediation talks with King Abdullah", "will attend the meeting in Ramallah with X"
		}
	}
	in := func(m *Mention) bool {
		for _, o := range objs {
			if o.Entity == m.Entity {
				return true
			}
		}
		return false
	}
	subj := v.prevActor(i, func(m *Mention) bool { return m.Type == graph.Person && !in(m) })
	if gerundOpeners[v.word(i-1)] || gerundOpeners[v.word(i-2)] && (v.word(i-1) == "a" || v.word(i-1) == "his" || v.word(i-1) == "her") {
		// "Fillon held talks with Hu and Wu, a day after meeting with Wen":
		// the clause's subject, not the nearest name
		subj = v.firstPerson(i, in)
	}
	for k := i - 1; subj != nil && k > subj.Last; k-- {
		if v.word(k) == "and" && v.word(k-1) == "," {
			// "Blinken met Wang Yi in Beijing, and later left for talks
			// with Kishida": the clause goes on with its first subject,
			// not the last name before it; "Modi met Putin in Moscow, and
			// Indian officials later held talks with Lavrov": a clause of
			// its own, whose subject no name gives
			n := k + 1
			for n < i && v.toks[n].Tag == "RB" {
				n++
			}
			if isVerbTag(v.toks[n].Tag) {
				subj = v.firstPerson(i, in)
			} else {
				subj = nil
			}
			break
		}
	}
	if w := v.word(end); w == "in" || w == "at" {
		// "After meeting with Mubarak in Cairo, Abbas flew to Amman": where
		if p := v.mentionAt(end + 1); p != nil && p.First == end+1 && (p.Type == graph.Location || p.Type == graph.Country) {
			end = p.Last
		}
	}
	if subj == nil && v.word(end) == "," {
		if m := v.headMentionAt(end + 1); m != nil && m.Type == graph.Person && !in(m) {
			subj = m
		}
	}
	if subj == nil {
		// "She held talks with French President Emmanuel Macron": the
		// light verb's subject, a pronoun for the person named before
		j := i - 1
		for j > v.s.First && (v.toks[j].Tag == "JJ" || v.word(j) == "a" || v.word(j) == "an" || nounModifiers[v.word(j)]) {
			j--
		}
		if w := v.word(j); w == "held" || w == "holds" || w == "had" || w == "has" {
			if ss := l.subjectOf(v, j); len(ss) == 1 && ss[0].Type == graph.Person && !in(ss[0]) {
				subj = ss[0]
			}
		}
	}
	if subj == nil {
		return
	}
	phrase := meetingPhraseStart(v, i)
	from := min(i-3, phrase)
	if subj.First >= v.s.First && subj.Last <= i {
		from = min(from, subj.Last) // "Hu will discuss ... in talks with Putin": what the subject's verb says of it
	}
	if v.travellingFor(phrase) {
		return // "Schroeder is traveling to the United States for a meeting with President Bush on Monday": yet to come
	}
	for _, o := range objs {
		if byPhoneAfter(v, o.Last) {
			continue // "held talks with Russian President Vladimir Putin by phone": no meeting
		}
		l.emitM(v, graph.MetWith, subj, o, 0.65, "meeting-with", from, i+1)
	}
}

// meetingPhraseStart returns where the phrase that names a meeting at i
// starts, with what it says of the meeting: "no plans for a meeting",
// "a proposed summit", "hopes for talks".
func meetingPhraseStart(v *sentenceView, i int) int {
	k := i - 1
	for n := 0; n < 6 && k > v.s.First && v.mentionAt(k) == nil; n++ {
		w := v.word(k)
		if !meetingPhraseWords[w] && !(v.toks[k].Tag == "JJ" && isLowerWord(w)) {
			break
		}
		k--
	}
	return k + 1
}

// travellingFor reports whether a trip still under way or to come
// governs the meeting phrase starting at k: "is traveling to Washington
// for", "is heading to Moscow for", "is due in Beijing for".
func (v *sentenceView) travellingFor(k int) bool {
	if v.word(k) != "for" && v.word(k-1) != "for" {
		return false
	}
	for j := k - 1; j > v.s.First && j >= k-8; j-- {
		if w := v.word(j); (w == "is" || w == "are" || w == "will") && travelWords[v.word(j+1)] {
			return true
		}
	}
	switch v.word(k - 1) {
	case "preparation", "left", "leaves", "leave", "flew", "ahead":
		return true // "in preparation for talks with Xi", "later left for talks in Tokyo with Kishida": to come
	}
	return false
}

// travelWords after "is" or "will" tell of a trip under way or to come:
// "is traveling to", "is due in", "will fly to".
var travelWords = set("traveling", "travelling", "heading", "flying", "going", "headed", "en", "due", "travel", "fly", "go")

// meetingPhraseWords may stand before a meeting's noun in the phrase that
// names it.
var meetingPhraseWords = set("a", "an", "the", "any", "no", "for", "of", "plans", "plan", "proposal", "proposals",
	"hopes", "hope", "possibility", "prospect", "prospects", "idea", "chance", "chances", "another", "fresh")

// offeredBefore reports whether a word before the meeting noun at i
// offers, proposes or calls for it: "Erdogan offered to host talks
// between Netanyahu and Abbas".
func offeredBefore(v *sentenceView, i int) bool {
	for k := i - 1; k > v.s.First && k >= i-4; k-- {
		switch v.word(k) {
		case "host", "offered", "offers", "proposed", "proposes", "propose", "urged", "urges", "sought", "seeks", "wants", "arrange", "arranging":
			return true
		case "for":
			// "appealed for talks between", "hopes for a meeting between",
			// "not ripe for a meeting": asked for or hoped for; not
			// "results from a meeting", where another noun stands between
			only := true
			for n := k + 1; n < i; n++ {
				if t := v.toks[n].Tag; t != "DT" && t != "JJ" && v.word(n) != "direct" {
					only = false
				}
			}
			if only {
				return true
			}
		}
	}
	return false
}

// calledOff reports whether the verb after a meeting's noun phrase,
// ending at k, says it did not take place: "has been postponed", "was
// cancelled", "was called off".
func calledOff(v *sentenceView, k int) bool {
	for j := k; j < v.s.Last && j < k+5; j++ {
		switch v.word(j) {
		case "postponed", "cancelled", "canceled", "delayed", "scrapped", "shelved", "suspended", "off", "not", "never", "unlikely":
			return true // ("Talks between Netanyahu and Abbas have not taken place", "were unlikely")
		}
	}
	return false
}

// heldTalks reads a meeting noun whose parties are the subject: "Russia
// and Ukraine held talks in Istanbul" (they negotiate), "Putin and Xi held
// a summit" (they met).
func (l *linkRun) heldTalks(v *sentenceView, i int) {
	j := i - 1
	for j > v.s.First && (v.toks[j].Tag == "JJ" || v.word(j) == "a" || v.word(j) == "an" || v.word(j) == "their" || nounModifiers[v.word(j)] ||
		roundWords[v.word(j)] || spanNouns[v.word(j)] && v.word(j+1) == "of" || v.word(j) == "of" && (spanNouns[v.word(j-1)] || roundWords[v.word(j-1)]) || v.toks[j].Tag == "CD" || j == i-1 && v.mentionAt(j) == nil && strings.HasPrefix(v.toks[j].Tag, "NN") && isLowerWord(v.toks[j].Text)) {
		// ("concluded two days of trade talks")
		// ("held a new round of border talks": a compound's first noun)
		j-- // "held direct talks", "held a summit", "held peace talks", "began their talks", "held a new round of talks"
	}
	verb := j
	switch v.word(j) {
	case "held", "hold", "holds", "holding", "had", "co-chaired", "co-chair", "co-chairs", "co-hosted", "co-host", "co-hosts":
	case "resumed", "resume", "opened", "began", "begun", "begin", "begins", "started", "launched", "concluded", "ended":
		if w := v.word(i); w != "talks" && w != "negotiations" {
			return // "Moscow and Kyiv resumed peace talks"; one resumes no summit together
		}
	case "after":
		// "Putin and Erdogan agreed after six hours of talks in Sochi":
		// the talks the subjects of the verb before had
		if w := v.word(i); w != "talks" && w != "negotiations" || j-1 < v.s.First || !isVerbTag(v.toks[j-1].Tag) {
			return
		}
		verb = j - 1
	default:
		return
	}
	end := v.subjectEnd(verb)
	subj := v.listBefore(end)
	if len(subj) < 2 {
		subj = v.delegationsBefore(end) // "Indian and Chinese commanders held a 21st round of talks"
	}
	talks := v.word(i) == "talks" || v.word(i) == "negotiations" || v.word(i) == "summit" // (a summit of two is talks too)
	for a := 0; a < len(subj); a++ {
		for b := a + 1; b < len(subj); b++ {
			x, y := subj[a], subj[b]
			switch {
			case x.Type == graph.Person && y.Type == graph.Person:
				if !indirectTalks(v, j, i) {
					l.emitM(v, graph.MetWith, x, y, 0.8, "held-meeting", x.First, i+1)
				}
				if talks {
					l.emitM(v, graph.NegotiatesWith, x, y, 0.75, "held-talks", x.First, i+1) // as "X held talks with Y" does
				}
			case talks:
				l.emitM(v, graph.NegotiatesWith, x, y, 0.75, "held-talks", x.First, i+1)
			}
		}
	}
}

// indirectTalks reports whether talks, their noun at i and light verb
// at j, were held through a go-between: "held five rounds of
// indirect talks", "... though Tehran insisted the exchanges were
// indirect" (not "EU-mediated talks", held in one room).
func indirectTalks(v *sentenceView, j, i int) bool {
	for k := j + 1; k < i; k++ {
		if w := v.word(k); w == "indirect" || w == "proximity" || shuttleMediators[strings.TrimSuffix(w, "-mediated")] && strings.HasSuffix(w, "-mediated") {
			return true
		}
	}
	for k := i + 1; k < v.s.Last; k++ {
		if w := v.word(k); w == "indirect" || w == "indirectly" {
			return true
		}
	}
	return false
}

// shuttleMediators carry messages between sides that do not sit
// together: "Omani-mediated talks" between Washington and Tehran.
var shuttleMediators = set("omani", "qatari", "egyptian", "pakistani")

// roundWords count sessions of talks: "several rounds of talks".
var roundWords = set("round", "rounds", "of", "several", "another", "series", "latest")

// betweenFiller reports whether t may stand between a meeting noun and
// "between": "held", "in", "the", "Friday".
func betweenFiller(t Token) bool {
	switch t.Tag {
	case "VBN", "VBD", "IN", "DT", "RB", "JJ", "CD":
		return t.Text != "between"
	}
	return meetCircumstance[t.Text] // "a meeting in Washington two weeks ago between X and Y"
}

// subjectEnd returns where the subject before a verb at i ends, skipping
// auxiliaries and adverbs: "X has strongly backed" gives the index after X.
func (v *sentenceView) subjectEnd(i int) int {
	j := i
	for j > v.s.First {
		w := v.word(j - 1)
		// "who 45 minutes later killed", "two days earlier": a span of
		// time before the verb.
		if (w == "later" || w == "earlier") && spanNouns[v.word(j-2)] && j-3 >= v.s.First &&
			(v.toks[j-3].Tag == "CD" || v.word(j-3) == "a" || v.word(j-3) == "an" || v.word(j-3) == "some") {
			j -= 3
			continue
		}
		if aspectVerbs[w] && strings.HasSuffix(v.word(j), "ing") && v.mentionAt(j-1) == nil {
			j-- // "Saudi Arabia began bombing": the subject of the verb it begins
			continue
		}
		if auxiliaries[w] || (strings.HasSuffix(w, "ly") || w == "long" || w == "still" || w == "never" || w == "not" || w == "also" || w == "again" || w == "now") && v.mentionAt(j-1) == nil {
			j--
			continue
		}
		if d := v.mentionAt(j - 1); d != nil && d.Type == graph.Date && d.Last == j && d.First > v.s.First+1 {
			// "Pakistan on Wednesday accused India", "Turkey Monday
			// struck": the day between the subject and its verb
			j = d.First
			if v.word(j-1) == "on" {
				j--
			}
			continue
		}
		if v.word(j-2) == "last" && timeNouns[w] && v.mentionAt(j-1) == nil {
			j -= 2 // "Turkey last week struck"
			continue
		}
		break
	}
	// "Ray Martinez, who as an Austin policeman shot and killed ...": a
	// role phrase between the relative pronoun and its verb.
	for k := j - 1; k > v.s.First && k >= j-6; k-- {
		if v.word(k) == "as" {
			if w := v.word(k - 1); w == "who" || w == "which" {
				j = k
			}
			break
		}
		if t := v.toks[k].Tag; t != "DT" && !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") {
			break
		}
	}
	return j
}

// spanNouns measure spans of time.
var spanNouns = set("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years")

var auxiliaries = set("has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does", "remain", "remains", "remained",
	"do", "also", "then", "later", "again", "already", "reportedly", "just", "both", "all", "be", "been")

var meetVerbs = set("meet", "meets", "met", "meeting", "hosted", "hosts", "hosting", "received",
	"receives", "greeted", "greets", "welcomed", "welcomes", "welcoming")

// unnamedObject reports whether the object of a meeting verb at k names
// people without naming them: "Putin and Lavrov met reporters", "met the
// press", "met tribal leaders" (they met them together, not each other).
// A time or a manner is none ("met late Monday", "met face to face", "met
// each other", "met several times").
func unnamedObject(v *sentenceView, k int) bool {
	for n := k; n < v.s.Last && n < k+4; n++ {
		if v.mentionAt(n) != nil && v.mentionAt(n).Kind != "demonym" {
			return false
		}
		w := v.word(n)
		if meetObjectPeople[w] {
			return true
		}
		if phrasePreps[w] || timeNouns[w] || w == "," || isVerbTag(v.toks[n].Tag) {
			return false
		}
	}
	return false
}

// meetObjectPeople are the people one meets as a group.
var meetObjectPeople = set("reporters", "journalists", "press", "officials", "leaders", "counterparts", "veterans", "commanders", "students",
	"workers", "families", "relatives", "delegates", "delegation", "delegations", "lawmakers", "legislators", "ministers", "diplomats", "envoys",
	"residents", "victims", "survivors", "troops", "soldiers", "activists", "representatives", "elders", "clerics", "executives", "investors",
	"supporters", "protesters", "refugees", "farmers", "voters", "governors", "mayors", "senators", "negotiators", "members")

// transitiveMeet are meeting verbs that need an object: their subjects do
// not meet each other.
var transitiveMeet = set("hosted", "hosts", "hosting", "received", "receives", "greeted", "greets",
	"welcomed", "welcomes", "welcoming")

// hostVerbs are meeting verbs only with a person as their object: one
// hosts a visitor, but "the Marshall Islands hosts the U.S. Army" base,
// and "Germany welcomed the EU's decision" met no one.
var hostVerbs = set("hosted", "hosts", "hosting", "welcomed", "welcomes", "welcoming")

// welcomeVerbs are meeting verbs only between people.
var welcomeVerbs = set("welcomed", "welcomes", "welcoming")

// remoteWords before a meeting noun make it no meeting: "a phone call".
var remoteWords = set("phone", "telephone", "video", "virtual", "online")

var meetNouns = set("meeting", "meetings", "talks", "summit", "assembly", "sit-down", "encounter",
	"visit", "conversation", "call", "negotiations", "gathering", "get-together", "consultations",
	"dinner", "lunch", "luncheon", "breakfast") // ("flew to Mar-a-Lago for dinner with Donald Trump")

// mealAfter returns where a meal noun stands as the object of the verb at
// i ("a dinner", "a state banquet"), else 0.
func (v *sentenceView) mealAfter(i int) int {
	k := v.skipModifiers(i + 1)
	if !mealNouns[v.word(k)] && k+1 < v.s.Last && isLowerWord(v.word(k)) && mealNouns[v.word(k+1)] {
		k++ // "a state banquet", "a working lunch"
	}
	if mealNouns[v.word(k)] {
		return k
	}
	return 0
}

// mealNouns are what a host gives a guest at table: "hosted a dinner for".
var mealNouns = set("dinner", "lunch", "luncheon", "breakfast", "banquet", "reception")

// byPhoneAfter reports whether "by telephone" or "by phone" follows within
// a few words: "conferred with Sharon by telephone" met no one.
func byPhoneAfter(v *sentenceView, k int) bool {
	for j := k; j < v.s.Last && j < k+8; j++ {
		if v.word(j) == "by" && remoteWords[v.word(j+1)] {
			return true
		}
		if n := j + 2; v.word(j) == "," && (v.word(j+1) == "then" || v.word(j+1) == "and" || v.word(j+1) == "before" || v.word(j+1) == "after") && n < v.s.Last &&
			isVerbTag(v.toks[n].Tag) {
			return false // "a meeting with Putin, then spoke by phone with Zelenskiy": the next clause's call (not "talks with Putin, and then with Zelenskiy, by phone")
		}
	}
	return false
}

// withAfterCircumstance returns the "with" that follows a meeting verb's
// circumstances from token j ("today at the White House with", "on Monday
// in Moscow with"), or 0 when other words stand between.
func (v *sentenceView) withAfterCircumstance(j int) int {
	for k := j; k < v.s.Last && k < j+8; k++ {
		w := v.word(k)
		switch {
		case w == "with":
			if k == j {
				return 0
			}
			return k
		case timeNouns[w] || meetCircumstance[w]:
		case w == "at" || w == "in" || w == "on" || w == "the" || w == "a" || w == ",":
		case v.mentionAt(k) != nil && v.mentionAt(k).Type != graph.Person:
			k = v.mentionAt(k).Last - 1 // a place, a date, a body's seat
		default:
			return 0
		}
	}
	return 0
}

// meetCircumstance are words of when and how that may stand between a
// meeting word and "with": "met twice with", "meets next week with".
var meetCircumstance = set("later", "again", "privately", "separately", "briefly", "twice", "once", "next", "this", "last",
	"late", "early", "also", "days", "weeks", "months", "ago", "earlier", "month", "year", "there", "here")

// metGerund reads "after meeting X": the subject of the clause the phrase
// belongs to met the person named right after the gerund ("The Dalai Lama
// signed up, a day after meeting Twitter founder Evan Williams").
func (l *linkRun) metGerund(v *sentenceView, i int) bool {
	if v.word(i) != "meeting" || !gerundOpeners[v.word(i-1)] && !(v.word(i-1) == "," && i+1 < v.s.Last && isCap(v.toks[i+1].Text) && v.verbBefore(i-1)) {
		return false // (", meeting X" after a clause: "arrived in Riyadh on Sunday, meeting Mohammed bin Salman")
	}
	if w := v.word(i + 1); w == "in" || w == "at" || w == "on" || w == "," || w == "." || w == "all" || meetCircumstance[w] {
		// "Bush and Blair said after meeting in Washington that ...":
		// the clause's subjects met each other
		subj := v.listBefore(v.subjectEnd(v.firstVerb()))
		for a := 0; a < len(subj); a++ {
			for b := a + 1; b < len(subj); b++ {
				if subj[a].Type == graph.Person && subj[b].Type == graph.Person {
					l.emitM(v, graph.MetWith, subj[a], subj[b], 0.65, "meeting-with", subj[0].First, i+1)
				}
			}
		}
		return len(subj) >= 2
	}
	obj := v.headMentionAt(i + 1)
	if obj == nil || obj.Type != graph.Person || v.possessive(obj.Last) {
		return false
	}
	if v.word(i-1) == "," {
		// "made a visit to New Delhi, meeting Prime Minister Narendra Modi
		// and President Droupadi Murmu": the clause's subject met each
		subj := v.firstPerson(i, func(*Mention) bool { return false })
		objs, _ := v.listAt(i + 1)
		for _, o := range objs {
			if subj != nil && o.Type == graph.Person && o.Entity != subj.Entity {
				l.emitM(v, graph.MetWith, subj, o, 0.65, "meeting-with", i-1, o.Last)
			}
		}
		return subj != nil
	}
	subj := v.firstPerson(i, func(m *Mention) bool { return m.Entity == obj.Entity })
	if subj == nil && v.word(obj.Last) == "," {
		// "After meeting Wen, Fillon said ..."
		if m := v.headMentionAt(obj.Last + 1); m != nil && m.Type == graph.Person && m.Entity != obj.Entity {
			subj = m
		}
	}
	if subj == nil {
		return false
	}
	l.emitM(v, graph.MetWith, subj, obj, 0.65, "meeting-with", i-1, obj.Last)
	return true
}

// verbBefore reports whether a verb stands in the sentence before token
// i: a clause that a participle after its comma goes on from.
func (v *sentenceView) verbBefore(i int) bool {
	for k := v.s.First; k < i; k++ {
		if v.mentionAt(k) == nil && isVerbTag(v.toks[k].Tag) {
			return true
		}
	}
	return false
}

// gerundOpeners stand before "meeting X" when it tells what the clause's
// subject did: "after meeting", "before meeting", "while meeting".
var gerundOpeners = set("after", "before", "while", "since", "when")

// firstPerson returns the first person the sentence names before token i,
// other than those skip reports: the subject a clause's opening or closing
// phrase ("a day after meeting X") tells of.
func (v *sentenceView) firstPerson(i int, skip func(*Mention) bool) *Mention {
	for _, m := range v.ms {
		if m.First >= i {
			break
		}
		if m.Type == graph.Person && !skip(m) {
			return m
		}
	}
	return nil
}

// firstVerb returns the sentence's first finite verb, or its end.
func (v *sentenceView) firstVerb() int {
	for k := v.s.First; k < v.s.Last; k++ {
		if v.mentionAt(k) == nil && isVerbTag(v.toks[k].Tag) && v.toks[k].Tag != "VBG" && v.toks[k].Tag != "VBN" {
			return k
		}
	}
	return v.s.Last
}

// ceremonyAfter reports whether a meeting at i is told as for a ceremony:
// "meet in Washington to mark the 10th anniversary".
func ceremonyAfter(v *sentenceView, i int) bool {
	for k := i + 1; k+1 < v.s.Last && k <= i+6; k++ {
		if v.word(k) == "to" && ceremonyVerbs[v.word(k+1)] {
			return true
		}
	}
	return false
}

var ceremonyVerbs = set("mark", "celebrate", "commemorate", "attend", "honor", "honour", "watch", "open", "inaugurate")

// delegationsBefore returns the states or bodies whose envoys are the noun
// phrase ending before token end: "U.S. and Chinese negotiators",
// "Negotiators from Russia and Ukraine", "EU and Mercosur negotiators"; nil
// when there are none.
func (v *sentenceView) delegationsBefore(end int) []*Mention {
	k := end - 1
	states := func(last int) []*Mention {
		var sides []*Mention
		for j := last; j >= v.s.First; j-- {
			m := v.mentionAt(j)
			if m == nil || actorType(m) != graph.Country && (m.Type != graph.Org || m.StandsFor != "") {
				break
			}
			sides = append(sides, m)
			j = m.First
			if w := v.word(j - 1); w == "and" || w == "," {
				j--
				continue
			}
			break
		}
		return sides
	}
	var sides []*Mention
	if delegationNouns[v.word(k)] && v.mentionAt(k) == nil {
		sides = states(k - 1) // "U.S. and Chinese negotiators"
	} else if m := v.mentionAt(k); m != nil && (actorType(m) == graph.Country || m.Type == graph.Org && m.StandsFor == "") {
		sides = states(k)
		if f := sides[len(sides)-1].First; len(sides) < 2 || v.word(f-1) != "from" || !delegationNouns[v.word(f-2)] {
			sides = nil // not "Negotiators from Russia and Ukraine"
		}
	}
	if len(sides) > 3 {
		return nil // "Diplomats from Iran, Jordan, Kuwait, Syria, Saudi Arabia and Turkey met": a conference, not talks between each two
	}
	return sides
}

// delegationsMet reads the states whose envoys meet as the states in talks:
// "U.S. and Chinese negotiators met in Geneva", "Ukrainian and Russian
// delegations met in Istanbul for peace talks".
func (l *linkRun) delegationsMet(v *sentenceView) {
	for i := v.s.First + 3; i < v.s.Last; i++ {
		if w := v.word(i); w != "met" && w != "meet" && w != "meets" {
			continue
		}
		n := i + 1
		if d := v.mentionAt(n); d != nil && d.Type == graph.Date {
			n = d.Last
		}
		if v.word(n) == "with" {
			continue // "Egyptian and Palestinian officials meet Tuesday with militant leaders": both with a third
		}
		if ceremonyAfter(v, i) {
			continue // "Bosnian and U.N. diplomats meet in Washington to mark the anniversary": a ceremony, no talks
		}
		if sides := v.delegationsBefore(v.subjectEnd(i)); len(sides) > 1 {
			l.emitPairs(v, graph.NegotiatesWith, sides, func(x, y *Mention) bool { return true }, 0.75, "delegations-met", sides[len(sides)-1].First, i+1)
		}
	}
}
