package extract

import (
	"strings"

	"github.com/kgraph/kgraph/graph"
)

// sendVerbs and aidNouns read "Washington has sent economic and military
// aid to Kyiv".
var (
	// moneyVerbs release money, which is aid only when an aid word says so.
	moneyVerbs = set("released", "releases", "disbursed", "disburses", "allocated", "allocates")
	aidHeads   = set("aid", "assistance", "loan", "loans", "funding", "grants", "grant", "relief", "help")
	owedMoney  = set("owed", "quota", "prize", "revenue", "revenues", "frozen", "withheld", "debt", "payment", "payments")
	sendVerbs  = union(moneyVerbs, set("sent", "sends", "send", "sending", "deployed", "deploys", "deploy", "provided", "provides", "provide", "providing",
		"delivered", "delivers", "deliver", "supplied", "supplies", "supply", "shipped", "ships", "pledged",
		"pledges", "gave", "gives", "give", "despatched", "dispatched", "donated", "donates", "granted",
		"extended", "offered", "offers", "approved", "transferred", "lent", "lends", "lend", "loaned", "given"))
	aidNouns = set("aid", "help", "assistance", "weapons", "arms", "ammunition", "equipment", "funding",
		"money", "loans", "loan", "grants", "supplies", "tanks", "missiles", "relief", "support", "troops",
		"artillery", "jets", "drones", "vaccines", "food", "dollars", "euros", "billion", "million", "soldiers",
		"shells", "systems", "system", "launchers", "rockets", "fighters", "warplanes", "assistance", "bailout", "deposit", "credit", "credits", "financing",
		"training", "medicine", "medicines", "fuel", "grain", "wheat", "vaccine", "tents", "blankets") // (not boats, vehicles or helicopters: "Israel sent helicopters to Lebanon to strike Hezbollah")
	// troopNouns are men sent: to a country to fight for it or help it
	// ("sent soldiers to fight for Russia") they aid it; to a country
	// alone they may as well fight against it ("Kadyrov sent fighters to
	// Ukraine").
	troopNouns = set("troops", "soldiers", "fighters", "forces", "mercenaries", "peacekeepers", "police", "policemen", "officers")
)

// blacklisted reads a listing as sanctions: "Huawei was placed on a U.S.
// trade blacklist" (the United States sanctions Huawei), "the Commerce
// Department added Huawei to its entity list". ("was blacklisted by" is
// the sanctions verbs' passive.)
func (l *linkRun) blacklisted(v *sentenceView) {
	for i := v.s.First + 1; i+3 < v.s.Last; i++ {
		if w := v.word(i); (w == "froze" || w == "freezes" || w == "freeze") && !isPassiveAux(v.word(i-1)) {
			if o, end := v.assetsOwner(i); o != nil {
				l.frozeAssets(v, i, o, end)
				continue
			}
		}
		if w := v.word(i); w != "placed" && w != "put" && w != "added" {
			continue
		}
		var who, by []*Mention
		k := i + 1
		if isPassiveAux(v.word(i-1)) || v.word(i-1) == "been" {
			who = l.subjectOf(v, v.auxStart(i-1))
		} else {
			at := v.skipModifiers(k)
			who, k = v.listAt(at) // "added Huawei to its entity list"
			if m := v.mentionAt(at); len(who) == 0 && m != nil && m.First == at && isActor(m) && m.Kind != "demonym" {
				who, k = []*Mention{m}, m.Last // a name before its kind ("Wagner Group commanders")
			}
			if m := v.mentionAt(at); (len(who) == 0 || len(who) == 1 && who[0] == m) && m != nil && (m.Kind == "demonym" || m.Type == graph.Country) {
				n := m.Last
				for n < v.s.Last && n < m.Last+3 && v.mentionAt(n) == nil && isLowerWord(v.toks[n].Text) && strings.HasPrefix(v.toks[n].Tag, "NN") {
					n++ // "U.S. drone maker Skydio": the kind of firm
				}
				if h := v.mentionAt(n); n > m.Last && h != nil && h.First == n && (h.Type == graph.Org || h.Type == graph.Person) {
					who, k = []*Mention{h}, h.Last // "placed U.S. drone maker Skydio on an export blacklist"
				}
			}
			if len(who) == 1 {
				for n := 0; n < 2 && k < v.s.Last && v.mentionAt(k) == nil && isLowerWord(v.toks[k].Text) &&
					(strings.HasPrefix(v.toks[k].Tag, "NN") || v.word(k+1) == "to" || v.word(k+1) == "on"); n++ { // ("commanders/VBZ to")
					k++ // "added Wagner Group commanders to its sanctions list"
				}
			}
			by = l.subjectOf(v, i)
			if len(by) == 0 {
				n := i - 1
				for n > v.s.First && i-n <= 3 && isLowerWord(v.toks[n].Text) && strings.HasPrefix(v.toks[n].Tag, "NN") {
					n-- // "China's commerce ministry placed": the state whose body acts
				}
				if c := v.mentionAt(n - 1); n < i-1 && v.possessive(n) && c != nil && actorType(c) == graph.Country {
					by = []*Mention{c}
				}
			}
		}
		if v.word(k) == "under" && len(by) > 0 {
			// "placed President Emmerson Mnangagwa under Global Magnitsky
			// sanctions"
			for n := k + 1; n < v.s.Last && n <= k+4; n++ {
				if v.word(n) == "sanctions" {
					for _, b := range by {
						for _, x := range who {
							if isActor(b) && isActor(x) && b.Actor() != x.Actor() {
								l.emitM(v, graph.Sanctions, b, x, 0.8, "placed-under-sanctions", min(x.First, i, b.Last), n+1)
							}
						}
					}
					break
				}
				if v.mentionAt(n) == nil && !isCap(v.toks[n].Text) && v.word(n) != "new" && v.word(n) != "u.s." {
					break
				}
			}
			continue
		}
		if v.word(k) == "(" && v.word(k+2) == ")" {
			k += 3 // "added Semiconductor Manufacturing International Corp (SMIC), ..."
		}
		if v.word(k) == "," && len(who) == 1 {
			// "placed Huawei Technologies, the Shenzhen-based telecoms
			// giant founded by ..., on a trade blacklist": past the
			// apposition
			for n := k + 1; n < v.s.Last && n <= k+16; n++ {
				if v.word(n) == "," && (v.word(n+1) == "on" || v.word(n+1) == "to") {
					k = n + 1
					break
				}
			}
		}
		if v.word(k) != "on" && v.word(k) != "to" {
			continue
		}
		k++
		list := false
		for n := k; n < v.s.Last && n < k+5; n++ {
			if m := v.mentionAt(n); m != nil && len(by) == 0 && (actorType(m) == graph.Country || m.Type == graph.Org && m.StandsFor == "") {
				by = []*Mention{m} // "a U.S. trade blacklist", "Washington's entity list"
				n = m.Last - 1
				continue
			}
			if listNouns[v.word(n)] || v.word(n) == "list" && (v.word(n-1) == "entity" || v.word(n-1) == "sanctions") {
				list = true
				break
			}
		}
		if !list {
			continue
		}
		for _, b := range by {
			for _, x := range who {
				if isActor(b) && isActor(x) && b.Actor() != x.Actor() {
					l.emitM(v, graph.Sanctions, b, x, 0.8, "blacklisted", min(x.First, i, b.Last), max(x.Last, b.Last)) // (the words before "added": "has not added")
				}
			}
		}
	}
}

// assetsOwner returns whose assets the freezing verb at i freezes, and
// where the phrase ends: "froze Roman Abramovich's assets", "froze the
// assets of Russian oligarch Roman Abramovich"; nil for none.
func (v *sentenceView) assetsOwner(i int) (*Mention, int) {
	if o := v.mentionAt(i + 1); o != nil && o.First == i+1 && o.Type != graph.Country && v.possessive(o.Last) && v.word(o.Last+1) == "assets" {
		return o, o.Last + 2
	}
	k := i + 1
	if v.word(k) == "the" {
		k++
	}
	if v.word(k) != "assets" || v.word(k+1) != "of" {
		return nil, 0
	}
	k += 2
	o := v.headMentionAt(v.skipModifiers(k))
	for n := k; o == nil && n < v.s.Last && n < k+5; n++ {
		if p := v.mentionAt(n); p != nil && p.Type == graph.Person {
			o = p // "the assets of Russian oligarch Roman Abramovich"
		}
	}
	if o == nil || !isActor(o) {
		return nil, 0
	}
	return o, o.Last
}

// frozeAssets reads a freeze of o's assets by the subject of the verb at
// i as a sanction on o, when the freezer is a state or a government body
// and no court acts.
func (l *linkRun) frozeAssets(v *sentenceView, i int, o *Mention, end int) {
	if v.anyWord(courtWords) {
		return // "froze Abramovich's assets pending a divorce case": a court's order, no sanction
	}
	subj := l.subjectOf(v, i)
	if m := v.mentionAt(i - 1); len(subj) == 0 && m != nil && m.Last == i && !phrasePreps[v.word(m.First-1)] {
		subj = []*Mention{m} // ("Britain froze/JJ": the tagger's adjective; not "A judge in Britain froze")
	}
	if len(subj) == 0 {
		subj = l.sharedVerbSubject(v, i) // "imposed sanctions on PDVSA and froze the assets of Maduro"
	}
	for _, s := range subj {
		if isActor(s) && s.Actor() != o.Actor() && (actorType(s) == graph.Country || l.gaz.Kind(s.Entity) == "igo" || l.governmentBody(s.Entity)) {
			l.emitM(v, graph.Sanctions, s, o, 0.8, "froze-assets", min(s.First, i), end)
		}
	}
}

// courtWords speak of a court case, whose orders are no sanctions.
var courtWords = set("judge", "court", "arbitration", "divorce", "lawsuit", "bankruptcy", "creditors", "tribunal")

// lawNouns are acts a state passes: "a bill launching an EU membership
// bid".
var lawNouns = set("bill", "law", "decree", "resolution", "motion")

// bidVerbs put in a bid to join: "launched an EU membership bid".
var bidVerbs = set("launched", "launching", "launches", "submitted", "submitting", "submits", "filed", "lodged", "made", "formalised", "formalized", "renewed", "revived")

// listNouns are lists whose entries are sanctioned.
var listNouns = set("blacklist", "blacklists", "sanctions-list")

// turnedTo reads help sought and found: "Mali's junta turned to Russia's
// Wagner Group for security assistance" (Wagner aids Mali).
func (l *linkRun) turnedTo(v *sentenceView, i int) {
	k := v.skipModifiers(i + 2)
	h := v.mentionAt(k)
	if o := v.ownedPerson(k + 1); h != nil && o == nil && v.possessive(h.Last) {
		h = v.mentionAt(h.Last + 1) // "Russia's Wagner Group": the group
	}
	if h == nil || !isActor(h) || v.word(h.Last) != "for" {
		return
	}
	n := h.Last + 1
	for c := 0; c < 2 && n < v.s.Last && v.mentionAt(n) == nil && (v.toks[n].Tag == "JJ" || nounModifiers[v.word(n)]); c++ {
		n++
	}
	if w := v.word(n); w != "assistance" && w != "help" && w != "aid" && w != "support" {
		return
	}
	subj := l.subjectOf(v, i)
	if len(subj) == 0 {
		subj = l.sharedVerbSubject(v, i) // "expelled French troops and turned to"
	}
	for _, s := range subj {
		if isActor(s) {
			l.emitM(v, graph.Aids, h, s, 0.75, "turned-to", min(s.First, i), h.Last)
		}
	}
}

// fightVerbs say troops are sent against someone: "to fight al-Shabaab".
var fightVerbs = set("fight", "combat", "battle", "confront", "counter")

// bountyNouns are money offered against someone, not for them.
var bountyNouns = set("reward", "rewards", "bounty", "ransom", "fine", "fines", "compensation", "damages", "penalty")

// aidPurposeVerbs say what money or goods sent are for, before whom they
// serve: "pledged $500 million to rebuild Gaza".
var aidPurposeVerbs = set("rebuild", "reconstruct", "fund", "finance", "feed", "stabilize", "stabilise", "defend", "arm", "equip")

// aid: "X sent (military) aid to Y", "X provided Y with weapons".
func (l *linkRun) aid(v *sentenceView) {
	l.fundedIn(v)
	l.donors(v)
	for i := v.s.First; i < v.s.Last; i++ {
		if receiveVerbs[v.word(i)] {
			l.receivedAid(v, i)
			continue
		}
		if w := v.word(i); (w == "turned" || w == "turns" || w == "turning") && v.word(i+1) == "to" {
			l.turnedTo(v, i)
			continue
		}
		if !sendVerbs[v.word(i)] {
			continue
		}
		if w := v.word(i); (w == "lent" || w == "lends" || w == "lend") && !isNumberTok(v.word(i+1)) && v.word(i+1) != "$" && v.word(i+1) != "a" && v.word(i+1) != "an" {
			continue // "Germany lent its support to Ukraine's bid": backing, no loan
		}
		subj := l.subjectOf(v, i)
		if len(subj) == 0 {
			continue
		}
		if len(subj) == 1 && subj[0].Type == graph.Org && l.gaz.Kind(subj[0].Entity) == "company" {
			continue // "Boeing supplies jets to China": a sale, not aid
		}
		sawAid, troops, political := false, false, false
		moneyVerb := moneyVerbs[v.word(i)]
		for j := i + 1; j < v.s.Last && j < i+10; j++ {
			w := v.word(j)
			if bountyNouns[w] || moneyVerb && owedMoney[w] {
				break // "offered a $10 million reward for Omar's arrest": a bounty on him; "released $10 billion owed to Iran": its own money
			}
			if moneyVerb && !aidHeads[w] && aidNouns[w] && !sawAid {
				continue // "released 500 million euros in humanitarian aid": the money is aid only if the text says so
			}
			if moneyVerb && aidHeads[w] && (j+1 < v.s.Last && strings.HasPrefix(v.toks[j+1].Tag, "NN") || v.word(j-1) == "sanctions") {
				break // "released two aid workers", "sanctions relief"
			}
			if aidNouns[w] {
				troops = troopNouns[w] && (!sawAid || troops) // ("weapons and troops": the weapons say whose side)
				sawAid = true
				political = w == "support" || w == "help"
				continue
			}
			if m := v.mentionAt(j); m != nil && m.First == j && m.Last < v.s.Last && !sawAid && actorType(m) != graph.Country {
				if n := v.pastModifiers(m.Last); aidNouns[v.word(n)] {
					sawAid, troops, j = true, troopNouns[v.word(n)], n // "delivered Leopard tanks to Ukraine", "IRIS-T air defense systems": the make names the aid
					continue
				}
			}
			if (w == "to" || w == "for" && !troops && !political) && sawAid { // ("offered his support for Croatia's bid": backing, no aid)
				k := j + 1
				if troops && v.word(k) != "fight" && v.word(k) != "help" && v.word(k) != "assist" && v.word(k) != "support" {
					// "sent troops to Somalia to fight al-Shabaab": past
					// where, to what for
					for n := k + 1; n < v.s.Last && n < k+8; n++ {
						if v.word(n) == "to" && fightVerbs[v.word(n+1)] {
							k = n + 1
							break
						}
					}
				}
				if n := v.word(k); (n == "fight" || n == "help" || n == "assist" || n == "support" || fightVerbs[n] || !troops && aidPurposeVerbs[n]) && v.mentionAt(k) == nil {
					k++ // "sent soldiers to fight for Russia", "sent troops to help Mali", "pledged $500 million to rebuild Gaza"
					if v.word(k) == "for" || v.word(k) == "alongside" {
						k++
					} else if fightVerbs[n] {
						// "sent troops to fight al-Shabaab": sent against it
						if foes, _ := v.listAt(v.skipModifiers(k)); len(foes) > 0 {
							for _, o := range foes {
								for _, s := range subj {
									l.emitM(v, graph.Attacked, s, o, 0.7, "sent-to-fight", min(s.Last, i), o.First)
								}
							}
						}
						break
					}
				} else if troops {
					break // "sent fighters to Ukraine": whose side, the words do not say
				}
				a := v.skipModifiers(k) // where the recipient starts
				objs, _ := v.listAt(a)
				if len(objs) == 0 && v.word(k-1) == "alongside" {
					if fs, _ := v.forcesAt(a); len(fs) == 1 {
						objs = fs // "sent soldiers to fight alongside Russian forces": Russia's
					}
				}
				if len(objs) == 0 && (v.word(a) == "areas" || v.word(a) == "parts" || v.word(a) == "regions") && v.word(a+1) == "of" && disasterHit(v.word(a-1)) {
					if m := v.mentionAt(a + 2); m != nil && m.First == a+2 && actorType(m) == graph.Country && m.Kind != "demonym" {
						objs = []*Mention{m} // "humanitarian aid to flood-hit areas of Pakistan"
					}
				}
				if m := v.mentionAt(a); len(objs) == 0 && m != nil && m.First == a && v.possessive(m.Last) &&
					actorType(m) == graph.Country && m.Kind != "demonym" {
					objs = []*Mention{m} // "a deposit to Pakistan's central bank": the state's
				}
				if m := v.mentionAt(a); len(objs) == 0 && !troops && m != nil && m.First == a && m.Type == graph.Location &&
					!v.possessive(m.Last) && (m.Last >= v.s.Last || !strings.HasPrefix(v.toks[m.Last].Tag, "NN") || !isLowerWord(v.word(m.Last))) {
					objs = []*Mention{m} // "pledged $500 million to rebuild Gaza": a territory's people (not "to Gaza hospitals")
				}
				for _, o := range objs {
					for _, s := range subj {
						l.emitM(v, graph.Aids, s, o, 0.8, "sent-aid-to", min(s.Last, i), o.First)
					}
				}
				break
			}
			if v.mentionAt(j) != nil && !sawAid {
				// "provided Ukraine with weapons"
				if o := v.headMentionAt(j); o != nil && v.word(o.Last) == "with" && (aidAt(v, v.skipModifiers(o.Last+1)) || aidWithin(v, o.Last+1, 8)) {
					for _, s := range subj {
						l.emitM(v, graph.Aids, s, o, 0.8, "provided-with", min(s.Last, i), o.First)
					}
				} else if o == nil && giveVerbs[v.word(i)] {
					// "gave Ukraine Storm Shadow cruise missiles": the
					// receiver before the make it does not qualify
					if r := v.mentionAt(j); r != nil && r.First == j && actorType(r) == graph.Country && r.Kind != "demonym" && aidWithin(v, r.Last, 6) {
						for _, s := range subj {
							l.emitM(v, graph.Aids, s, r, 0.8, "gave-aid", min(s.Last, i), r.First)
						}
					}
				} else if o != nil && giveVerbs[v.word(i)] && !v.possessive(o.Last) && aidWithin(v, o.Last, 6) {
					// "Washington gave Kyiv $60 billion in military aid"
					for _, s := range subj {
						l.emitM(v, graph.Aids, s, o, 0.8, "gave-aid", min(s.Last, i), o.First)
					}
				}
				break
			}
		}
	}
}

// aidAt reports whether aid is named at k, or by a make before it:
// "weapons", "Patriot missiles".
func aidAt(v *sentenceView, k int) bool {
	if m := v.mentionAt(k); m != nil && m.First == k && m.Last < v.s.Last {
		return aidNouns[v.word(v.pastModifiers(m.Last))]
	}
	return aidNouns[v.word(k)] || isCap(v.toks[k].Text) && aidNouns[v.word(v.pastModifiers(k+1))]
}

// pastModifiers returns the first token from k on past up to three
// lower-case or capitalised words that modify the noun after them: "air
// defense systems", "Storm Shadow cruise missiles", "fighter jets".
func (v *sentenceView) pastModifiers(k int) int {
	for n := 0; n < 3 && k+1 < v.s.Last && !aidNouns[v.word(k)] && (isWord(v.toks[k].Text) || v.toks[k].Tag == "CD") && v.word(k) != "to" && v.word(k) != "and" &&
		(isLowerWord(v.word(k)) && (strings.HasPrefix(v.toks[k].Tag, "NN") || strings.HasPrefix(v.toks[k].Tag, "JJ")) || isCap(v.toks[k].Text) || v.toks[k].Tag == "CD"); n++ { // ("Leopard 2 tanks")
		k++
	}
	return k
}

// blockVerbs stand in the way of something sought: "objected to
// Sweden's NATO membership".
var blockVerbs = set("blocked", "blocks", "block", "blocking", "vetoed", "vetoes", "veto", "delayed", "delays", "stalled")

// joinedAfter reports whether the sentence tells, after token i, that the
// membership came about: "since the country joined the alliance".
func joinedAfter(v *sentenceView, i int) bool {
	for k := i + 1; k < v.s.Last; k++ {
		if w := v.word(k); w == "joined" || w == "admitted" || w == "suspended" || w == "expelled" {
			return true
		}
	}
	return false
}

// grantVerbs give a status to their subject, in the passive or not:
// "was granted candidate status", "won candidate status".
var grantVerbs = union(gainVerbs, set("given", "received", "receives", "awarded"))

// supportTopics say what support received was for, a cause rather than
// the receiver: "received support from Republicans for the tax bill".
var supportTopics = set("bill", "plan", "proposal", "resolution", "motion", "candidacy", "bid")

// fundedIn reads a state paying for works in another's town: "China has
// funded a new stadium and roads in Honiara" (the Solomon Islands), "has
// financed a land reclamation project in Funafuti".
func (l *linkRun) fundedIn(v *sentenceView) {
	for i := v.s.First + 1; i < v.s.Last; i++ {
		if !fundVerbs[v.word(i)] || !isVerbTag(v.toks[i].Tag) && !auxiliaries[v.word(i-1)] {
			continue
		}
		subj := l.subjectOf(v, i)
		if len(subj) != 1 || actorType(subj[0]) != graph.Country && !isBody(subj[0]) {
			continue
		}
		for j := i + 1; j < v.s.Last && j < i+10; j++ {
			if v.mentionAt(j) != nil || isVerbTag(v.toks[j].Tag) || v.word(j) == "," {
				break
			}
			if v.word(j) != "in" {
				continue
			}
			p := v.mentionAt(j + 1)
			if p == nil || p.First != j+1 || p.Type != graph.Location && actorType(p) != graph.Country {
				break
			}
			c := p.Actor()
			if actorType(p) != graph.Country {
				c = l.gaz.CountryOf(p.Entity)
			}
			if c != "" && c != subj[0].Actor() {
				l.emit(v, graph.Aids, subj[0].Actor(), c, actorType(subj[0]), graph.Country, 0.7, "funded-in", "", min(subj[0].Last, i), p.Last)
			}
			break
		}
	}
}

// fundVerbs pay for something: "funded a stadium".
var fundVerbs = set("funded", "funds", "financed", "finances", "bankrolled") // (not "built": "Israel built settlements in the West Bank")

// donors reads "Germany is among the biggest donors to Jordan", "X, the
// largest donor to Y,": the subject, or the name in apposition, aids Y.
func (l *linkRun) donors(v *sentenceView) {
	for i := v.s.First + 1; i+2 < v.s.Last; i++ {
		if w := v.word(i); w != "donor" && w != "donors" || v.word(i+1) != "to" {
			continue
		}
		y := v.headMentionAt(i + 2)
		if y == nil || actorType(y) != graph.Country && !isBody(y) || v.possessive(y.Last) {
			continue // (not "donors to Pakistan's rival, India")
		}
		k := i - 1
		for k > v.s.First && (strings.HasPrefix(v.toks[k].Tag, "JJ") || v.word(k) == "the" || v.word(k) == "a" || v.word(k) == "among" || v.word(k) == "of" && v.word(k-1) == "one" || v.word(k) == "one" || v.word(k) == "biggest" || v.word(k) == "largest" || isOrdinal(v.word(k))) {
			k--
		}
		var x *Mention
		switch w := v.word(k); {
		case copulas[w]:
			x = v.copulaSubject(k)
		case w == ",":
			x = v.mentionAt(k - 1)
		}
		if x != nil && x != y && (actorType(x) == graph.Country || isBody(x)) && x.Kind != "demonym" {
			l.emitM(v, graph.Aids, x, y, 0.75, "donor-to", x.First, y.Last)
		}
	}
}

// giveVerbs take the receiver as their first object: "gave Kyiv aid".
var giveVerbs = set("gave", "gives", "give", "giving", "given", "granted", "grants", "offered", "offers", "sent", "sends")

// aidWithin reports whether an aid noun stands within n tokens after k,
// no name or verb between: "Kyiv $60 billion in military aid".
func aidWithin(v *sentenceView, k, n int) bool {
	for j := k; j < v.s.Last && j < k+n; j++ {
		if aidNouns[v.word(j)] {
			return true
		}
		if amountWords[v.word(j)] && v.word(j+1) == "of" {
			j++ // "supplied Russia with hundreds of Shahed drones"
			continue
		}
		if isCap(v.toks[j].Text) && (v.mentionAt(j) == nil || v.mentionAt(j).Type == graph.Org) {
			return aidNouns[v.word(v.pastModifiers(j))] // "gave Ukraine Storm Shadow cruise missiles": a make
		}
		if v.mentionAt(j) != nil || isVerbTag(v.toks[j].Tag) || v.word(j) == "," || strings.HasPrefix(v.toks[j].Tag, "NN") {
			// (another noun first: "sent Ivory Coast a bill for $3.5 million")
			return false
		}
	}
	return false
}

// receivedAid reads "Ukraine received weapons from Germany": the giver
// aids the receiver.
func (l *linkRun) receivedAid(v *sentenceView, i int) {
	subj := l.subjectOf(v, i)
	sawAid := false
	var demonym *Mention // "accepted Indian financial support": the state that gives
	for j := i + 1; j < v.s.Last && j < i+10; j++ {
		w := v.word(j)
		if aidNouns[w] && (w == "support" || w == "backing" || w == "help") && !materialAid[v.word(j-1)] {
			if w != "help" && v.word(j+1) == "from" && !v.anyWord(supportTopics) {
				// "Haftar has received support from Russia, the UAE and
				// Egypt": backing, from them
				backers, _ := v.listAt(v.skipModifiers(j + 2))
				for n, b := range backers {
					if v.word(b.Last) == "from" {
						backers = backers[:n] // "Ukraine received support from Poland, and Russia from Belarus": another clause
						break
					}
				}
				denied := make([]bool, len(subj)) // each receiver's "did not receive"
				for n, s := range subj {
					denied[n], _ = v.modality(min(s.Last, i), j)
				}
				for _, b := range backers {
					for n, s := range subj {
						if !denied[n] && (actorType(b) == graph.Country || isBody(b)) && b.Kind != "demonym" && b.Actor() != s.Actor() {
							// (the window from "from": emit reads "support from" as support received, which here it is)
							l.emitM(v, graph.Supports, b, s, 0.75, "received-support-from", j+1, b.Last)
						}
					}
				}
			}
			return // "secured support from Republicans for the tax bill", "accepted Russian political support": backing, no aid
		}
		if aidNouns[w] {
			sawAid = true
			if demonym != nil && !(v.word(j+1) == "from") {
				for _, s := range subj {
					if s.Actor() != demonym.Actor() {
						l.emitM(v, graph.Aids, demonym, s, 0.75, "received-aid-from", min(s.Last, i), j+1)
					}
				}
				return
			}
			continue
		}
		if d := v.mentionAt(j); d != nil && d.First == j && d.Kind == "demonym" && !sawAid && (aidNouns[v.word(d.Last)] || v.toks[d.Last].Tag == "JJ" && aidNouns[v.word(d.Last+1)]) {
			demonym = d
			j = d.Last - 1
			continue
		}
		givenBy := false
		if gift := w == "donated" || w == "gifted"; (gift || sawAid && (w == "supplied" || w == "provided" || w == "given" || w == "delivered" || w == "sent")) && v.word(j+1) == "by" {
			j++ // "Ghana received two patrol vessels donated by Germany": a gift is aid, whatever it is
			sawAid, givenBy = true, true
		}
		if (w == "from" || givenBy) && sawAid {
			givers, _ := v.listAt(v.skipModifiers(j + 1))
			for _, g := range givers {
				for _, s := range subj {
					if l.sameState(g, s) || g.Type == graph.Org && s.Type == graph.Org && l.governmentBody(s.Entity) && l.gaz.Kind(g.Entity) != "igo" {
						continue // "The Pentagon secured funding from Congress": a state's own budget
					}
					l.emitM(v, graph.Aids, g, s, 0.75, "received-aid-from", min(s.Last, i), g.First)
				}
			}
			return
		}
		if v.mentionAt(j) != nil {
			return
		}
	}
}

// disasterHit reports whether w says a disaster struck where aid goes:
// "flood-hit", "quake-affected", "drought-stricken" (not "separatist-held
// parts of Ukraine").
func disasterHit(w string) bool {
	for _, suf := range []string{"-hit", "-affected", "-stricken", "-ravaged", "-struck"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// materialAid qualify support that is aid: "financial support".
var materialAid = set("military", "financial", "economic", "humanitarian", "budget", "budgetary", "medical", "technical")

// sameState reports whether two mentions are the same state or bodies of
// one state.
func (l *linkRun) sameState(a, b *Mention) bool {
	ca, cb := a.Actor(), b.Actor()
	if !strings.HasPrefix(ca, graph.Country.Slug()+"/") {
		ca = l.gaz.CountryOf(ca)
	}
	if !strings.HasPrefix(cb, graph.Country.Slug()+"/") {
		cb = l.gaz.CountryOf(cb)
	}
	return ca != "" && ca == cb
}

// receiveVerbs take aid in.
var receiveVerbs = set("received", "receives", "receive", "receiving", "got", "gets", "obtained", "accepted", "secured", "secures", "securing", "acquired")

// Words of seeking membership: "Ukraine has sought to join NATO", "the
// alliance that Ukraine has sought to hitch", "Finland's bid to join NATO".
var (
	intentVerbs = set("sought", "seeks", "seek", "seeking", "wants", "wanted", "want", "applied", "applies",
		"apply", "hopes", "hoped", "hope", "aspires", "aspired", "aspire", "bid", "bids", "asked", "asks",
		"tried", "tries", "trying", "aims", "aimed", "pushing", "pushed", "wishes", "wished", "intends", "plans", "planned")
	intentNouns = set("bid", "application", "quest", "push", "drive", "aspiration", "aspirations", "ambition",
		"ambitions", "hopes", "attempt", "efforts", "desire", "request")
	joinVerbs      = set("join", "enter", "hitch", "accede")
	orgDescriptors = set("alliance", "bloc", "organization", "organisation", "pact", "union", "group",
		"club", "body", "coalition", "treaty", "community", "association")
)

// seekMembership reads intent to join. The intent words are the cue here,
// not a hedge; a negation still voids the edge.
func (l *linkRun) seekMembership(v *sentenceView) {
	l.membershipApplications(v)
	for j := v.s.First + 2; j < v.s.Last; j++ {
		to := j - 1
		if v.toks[to].Tag == "RB" && isLowerWord(v.word(to)) && v.word(to-1) == "to" {
			to-- // "hopes to eventually join NATO"
		}
		if v.word(to) != "to" {
			continue
		}
		k := j + 1
		switch {
		case joinVerbs[v.word(j)]:
			if v.word(k) == "to" { // "accede to"
				k++
			}
		case v.word(j) == "become" && (v.word(k) == "a" || v.word(k) == "an" || v.word(k) == "full") &&
			(v.word(k+1) == "member" || v.word(k+1) == "members" || v.word(k+1) == "full" && v.word(k+2) == "member"):
			// "hopes to become a (full) member of the European Union"
			for v.word(k) != "of" && k < j+5 {
				k++
			}
			if v.word(k) != "of" {
				continue
			}
			k++
		default:
			continue
		}
		cue := to - 1
		if w := v.word(cue); (countryNouns[w] || w == "member" || w == "state") && (v.word(cue-1) == "next" || v.word(cue-1) == "first") &&
			v.word(cue-2) == "the" && (v.word(cue-3) == "become" || v.word(cue-3) == "be") && v.word(cue-4) == "to" {
			cue -= 5 // "Montenegro hopes to become the next country to join the EU"
		}
		var subj []*Mention
		if intentVerbs[v.word(cue)] {
			subj = l.subjectOf(v, cue)
		}
		switch {
		case len(subj) > 0:
		case intentNouns[v.word(cue)]: // "bid" is both: "Ukraine's bid to join NATO"
			// "Finland's bid to join NATO"
			p := cue - 1
			if v.word(p) == "membership" {
				p--
			}
			if v.possessive(p) {
				if m := v.mentionAt(p - 1); m != nil && isActor(m) {
					subj = []*Mention{m} // "Ukraine's bid": the possessor, whatever the tagger makes of it
				}
			} else if v.word(p) == "its" || v.word(p) == "their" {
				if m := l.possessor(v, p); m != nil {
					subj = []*Mention{m}
				}
			}
		}
		if len(subj) == 0 {
			continue
		}
		if neg, _ := v.modality(max(cue-3, v.s.First), cue); neg {
			continue
		}
		targets, _ := v.listAt(v.skipModifiers(k))
		if len(targets) == 0 {
			// A relative clause: "the 30-state alliance that Ukraine has sought to join".
			targets = l.relativeAntecedent(v, subj[0].First)
		}
		for _, t := range targets {
			if t.Type != graph.Org || t.StandsFor != "" {
				continue
			}
			for _, s := range subj {
				if s.Type == graph.Org && memberBodies[l.gaz.Kind(s.Entity)] {
					continue // a bloc joins no bloc: "no intention of joining NATO, though it hopes to join the EU" is the country's hope
				}
				l.emit(v, graph.SeeksMembership, s.Actor(), t.Actor(), actorType(s), graph.Org, 0.8, "seeks-to-join", "", j, j)
			}
		}
	}
}

// membershipApplications: "Finland and Sweden applied for NATO
// membership", "Georgia is seeking membership of the EU".
func (l *linkRun) membershipApplications(v *sentenceView) {
	l.membershipTalks(v)
	for i := v.s.First + 2; i < v.s.Last; i++ {
		if v.word(i) == "accession" && v.word(i+1) == "to" && v.possessive(i-1) {
			// "blocked Sweden's accession to NATO": Sweden seeks to join
			c, z := v.mentionAt(i-2), v.headMentionAt(i+2)
			if c != nil && c.Last == i-1 && actorType(c) == graph.Country && c.Kind != "demonym" && z != nil && z.Type == graph.Org && z.StandsFor == "" && memberBodies[l.gaz.Kind(z.Entity)] {
				l.emit(v, graph.SeeksMembership, c.Actor(), z.Entity, graph.Country, graph.Org, 0.75, "applied-for-membership", "", c.First, z.Last)
			}
			continue
		}
		if w := v.word(i); (w == "bid" || w == "application") && (v.word(i-1) == "membership" || v.mentionAt(i-1) != nil) {
			// "launched an EU membership bid", "submitted its NATO
			// application": the subject of the verb seeks to join
			zl := i - 1
			if v.word(zl) == "membership" {
				zl--
			}
			z := v.mentionAt(zl)
			k := zl
			if z != nil {
				k = z.First - 1
			}
			if d := v.word(k); z != nil && z.Last == zl+1 && z.Type == graph.Org && z.StandsFor == "" && memberBodies[l.gaz.Kind(z.Entity)] &&
				(d == "an" || d == "a" || d == "its" || d == "their") && bidVerbs[v.word(k-1)] {
				subj := l.subjectOf(v, k-1)
				if f := v.mentionAt(v.s.First); len(subj) == 0 && f != nil && actorType(f) == graph.Country && f.Kind != "demonym" && lawNouns[v.word(k-2)] {
					subj = []*Mention{f} // "Armenia ..., and in 2025 its parliament passed a bill launching an EU membership bid"
				}
				for _, c := range subj {
					if actorType(c) == graph.Country {
						l.emit(v, graph.SeeksMembership, c.Actor(), z.Actor(), graph.Country, graph.Org, 0.8, "applied-for-membership", "", min(c.First, k-1), zl+1) // (the span stops before "bid", a hedge elsewhere)
					}
				}
				continue
			}
		}
		if w := v.word(i); (w == "bid" || w == "application") && v.mentionAt(i-1) != nil {
			// "Stockholm's NATO bid": the possessor seeks to join the body
			// named before the noun ("its EU application")
			z := v.mentionAt(i - 1)
			if z.Type != graph.Org || z.StandsFor != "" || !memberBodies[l.gaz.Kind(z.Entity)] || !v.possessive(z.First-1) {
				continue
			}
			if m := v.mentionAt(z.First - 2); m != nil && isActor(m) && actorType(m) != graph.Person {
				if neg, _ := v.modality(max(z.First-5, v.s.First), i); !neg {
					l.emit(v, graph.SeeksMembership, m.Actor(), z.Actor(), actorType(m), graph.Org, 0.8, "applied-for-membership", "", i, i)
				}
			}
			continue
		}
		if v.word(i) == "candidate" && v.word(i+1) == "status" {
			// "Bosnia was granted EU candidate status", "Ukraine's EU
			// candidate status": a candidate seeks to join
			z := v.mentionAt(i - 1)
			if z == nil || z.Last != i || z.Type != graph.Org || z.StandsFor != "" || !memberBodies[l.gaz.Kind(z.Entity)] {
				continue
			}
			var cands []*Mention
			if k := z.First - 1; v.possessive(k) {
				if c := v.mentionAt(k - 1); c != nil && c.Last == k {
					cands = []*Mention{c}
				}
			} else if grantVerbs[v.word(k)] {
				cands = l.subjectOf(v, k)
			}
			for _, c := range cands {
				if actorType(c) == graph.Country && c.Kind != "demonym" {
					l.emitM(v, graph.SeeksMembership, c, z, 0.8, "applied-for-membership", c.First, i+2)
				}
			}
			continue
		}
		if v.word(i) != "membership" {
			continue
		}
		z, k := v.mentionAt(i-1), i-1 // "NATO membership"
		if z != nil {
			k = z.First - 1
		} else if w := v.word(i + 1); w == "of" || w == "in" {
			z, k = v.headMentionAt(i+2), i-1 // "membership of the EU"
		}
		if z == nil || z.Type != graph.Org || z.StandsFor != "" {
			continue
		}
		for k > v.s.First && (v.word(k) == "full" || v.word(k) == "the" || v.word(k) == "its" || v.word(k) == "their" || v.word(k) == "own") {
			k--
		}
		if v.word(k) == "for" || v.word(k) == "to" && aspireVerbs[v.word(k-1)] {
			k-- // "applied for NATO membership", "aspires to NATO membership"
		}
		// "Ukraine's NATO membership bid", "Georgia's bid for NATO
		// membership": the possessor of the bid seeks it
		// ("Croatia's aspirations for European Union membership")
		bid := i + 1
		if w := v.word(k); w == "bid" || w == "application" || w == "request" || intentNouns[w] {
			bid = k
			k--
		}
		if w := v.word(bid); (w == "bid" || w == "application" || w == "request" || intentNouns[w]) && v.possessive(k) {
			if m := v.mentionAt(k - 1); m != nil && isActor(m) && actorType(m) != graph.Person {
				if neg, _ := v.modality(max(k-4, v.s.First), i); !neg {
					l.emit(v, graph.SeeksMembership, m.Actor(), z.Actor(), actorType(m), graph.Org, 0.8, "applied-for-membership", "", i, i)
				}
				continue
			}
		}
		if m := v.mentionAt(k - 1); v.possessive(k) && m != nil && m.Last == k && actorType(m) == graph.Country && m.Kind != "demonym" &&
			m.First-1 > v.s.First && blockVerbs[v.word(m.First-1)] && !joinedAfter(v, i) {
			// "Hungary blocked Ukraine's EU membership", "Greece vetoed
			// North Macedonia's NATO membership": one not yet a member,
			// seeking to be
			l.emit(v, graph.SeeksMembership, m.Actor(), z.Actor(), graph.Country, graph.Org, 0.75, "applied-for-membership", "", max(v.s.First, m.First-3), i+1) // (from "did not block")
			continue
		}
		if v.word(k) == "candidate" && (v.word(k-1) == "a" || v.word(k-1) == "an" || v.word(k-1) == "official") {
			// "Macedonia is a candidate for NATO membership"
			c := k - 1
			for c > v.s.First && (v.word(c) == "a" || v.word(c) == "an" || v.word(c) == "official") {
				c--
			}
			if m := v.mentionAt(c - 1); v.word(c) == "," && m != nil && m.Last == c && actorType(m) == graph.Country {
				// "Serbia, a candidate for EU membership, maintains ..."
				l.emit(v, graph.SeeksMembership, m.Actor(), z.Actor(), graph.Country, graph.Org, 0.8, "applied-for-membership", "", i, i)
			}
			if copulas[v.word(c)] {
				if neg, _ := v.modality(max(c-3, v.s.First), k); !neg {
					for _, s := range v.listBefore(v.subjectEnd(c)) {
						if actorType(s) == graph.Country {
							l.emit(v, graph.SeeksMembership, s.Actor(), z.Actor(), graph.Country, graph.Org, 0.8, "applied-for-membership", "", i, i)
						}
					}
				}
			}
			continue
		}
		if !applyVerbs[v.word(k)] && !aspireVerbs[v.word(k)] {
			continue
		}
		if neg, _ := v.modality(max(k-3, v.s.First), k); neg {
			continue
		}
		if c := v.whoseCountry(k); c != "" {
			l.emit(v, graph.SeeksMembership, c, z.Actor(), graph.Country, graph.Org, 0.8, "applied-for-membership", "", i, i)
			continue
		}
		for _, s := range l.subjectOf(v, k) {
			l.emit(v, graph.SeeksMembership, s.Actor(), z.Actor(), actorType(s), graph.Org, 0.8, "applied-for-membership", "", i, i) // the intent is the relation: no hedge
		}
	}
}

// whoseCountry returns the country of the verb at k when its subject is
// "whose country" after a state's office-holder: "Serbian President
// Aleksandar Vucic, whose country is seeking EU membership"; else "".
func (v *sentenceView) whoseCountry(k int) string {
	j := k - 1
	for n := 0; n < 3 && j > v.s.First && (auxiliaries[v.word(j)] || v.word(j) == "long" || v.word(j) == "already" || v.word(j) == "been"); n++ {
		j--
	}
	if !countryNouns[v.word(j)] || v.word(j-1) != "whose" || v.word(j-2) != "," {
		return ""
	}
	p := v.mentionAt(j - 3)
	if p == nil || p.Last != j-2 || p.Type != graph.Person || !strings.HasPrefix(p.RoleOf, graph.Country.Slug()+"/") {
		return ""
	}
	return p.RoleOf
}

// stalledWords say talks are held up: a membership sought, no talks going on.
var stalledWords = set("blocked", "stalled", "vetoed")

// membershipTalks reads accession talks: "The European Union opened
// membership talks with Turkey", "EU membership negotiations with
// Croatia": the country the body talks with seeks to join it.
func (l *linkRun) membershipTalks(v *sentenceView) {
	for i := v.s.First + 1; i+3 < v.s.Last; i++ {
		if v.word(i) != "membership" && v.word(i) != "accession" || v.word(i+1) != "talks" && v.word(i+1) != "negotiations" {
			continue
		}
		if v.word(i+2) != "with" {
			// "Croatia's EU membership negotiations began in October"
			z := v.mentionAt(i - 1)
			if z == nil || z.Type != graph.Org || z.StandsFor != "" || !memberBodies[l.gaz.Kind(z.Entity)] {
				continue
			}
			var x *Mention
			switch w := v.word(z.First - 1); {
			case v.possessive(z.First - 1):
				x = v.mentionAt(z.First - 2)
			case w == "its" || w == "their":
				x = l.possessor(v, z.First-1) // "Albania opened the final cluster of its European Union accession negotiations"
			}
			if x != nil && actorType(x) == graph.Country && x.Type != graph.Org && x.Kind != "demonym" {
				l.emit(v, graph.SeeksMembership, x.Actor(), z.Entity, graph.Country, graph.Org, 0.75, "membership-talks", "", min(x.First, z.First), i+2)
				if !v.anyWord(withdrawWords) && !v.anyWord(stalledWords) {
					l.emit(v, graph.NegotiatesWith, x.Actor(), z.Entity, graph.Country, graph.Org, 0.7, "membership-talks", "", min(x.First, z.First), i+2)
				}
			}
			continue
		}
		x := v.mentionAt(v.skipModifiers(i + 3)) // (a country name before "early Tuesday" is no modifier)
		if x != nil && x.Type == graph.Org && x.StandsFor == "" && memberBodies[l.gaz.Kind(x.Entity)] {
			// "Turkey's membership talks with the European Union", "Turkey
			// began accession talks with the EU": the possessor or the
			// light verb's subject seeks to join
			var cs []*Mention
			if k := i - 1; v.possessive(k) {
				if c := v.mentionAt(k - 1); c != nil && c.Last == k {
					cs = []*Mention{c}
				}
			} else if k := i - 1; talkStartVerbs[v.word(k)] || (v.word(k) == "its" || v.word(k) == "their") && talkStartVerbs[v.word(k-1)] {
				if !talkStartVerbs[v.word(k)] {
					k--
				}
				cs = l.subjectOf(v, k)
			}
			for _, c := range cs {
				if actorType(c) == graph.Country && c.Kind != "demonym" {
					l.emit(v, graph.SeeksMembership, c.Actor(), x.Entity, graph.Country, graph.Org, 0.75, "membership-talks", "", c.First, x.Last)
				}
			}
			continue
		}
		if x == nil || x.First != i+3 || actorType(x) != graph.Country {
			continue
		}
		z := v.mentionAt(i - 1) // "EU membership talks"
		if z == nil || z.Type != graph.Org {
			z = v.prevActor(i, func(m *Mention) bool {
				return m.Type == graph.Org && m.StandsFor == "" && memberBodies[l.gaz.Kind(m.Entity)]
			})
		}
		if z == nil || z.Type != graph.Org || z.StandsFor != "" || !memberBodies[l.gaz.Kind(z.Entity)] {
			continue
		}
		l.emit(v, graph.SeeksMembership, x.Actor(), z.Entity, graph.Country, graph.Org, 0.75, "membership-talks", "", i, x.Last)
	}
}

// talkStartVerbs open or hold talks: "began accession talks".
var talkStartVerbs = set("began", "begin", "begins", "opened", "open", "opens", "started", "start", "resumed", "held", "launched", "concluded", "completed")

// applyVerbs ask for membership: "applied for NATO membership", "is
// seeking membership of the EU".
var applyVerbs = set("applied", "apply", "applies", "applying", "seeks", "seek", "seeking", "sought", "requested",
	"request", "requests", "requesting", "pursuing", "pursue", "pursues", "bidding")

// aspireVerbs aim at membership: "Georgia, which aspires to NATO
// membership", "wants EU membership".
var aspireVerbs = set("aspires", "aspire", "aspired", "aspiring", "wants", "want", "wanted", "covets", "coveted")

// relativeAntecedent finds what a relative clause before token i is about:
// the organisation named just before "that"/"which", looking past a
// describing noun phrase ("NATO territory, comprising the 30-state alliance
// that ...").
func (l *linkRun) relativeAntecedent(v *sentenceView, i int) []*Mention {
	k := i - 1
	if w := v.word(k); w != "that" && w != "which" {
		return nil
	}
	k--
	if v.word(k) == "," {
		k--
	}
	if m := v.mentionAt(k); m != nil {
		return []*Mention{m}
	}
	if !orgDescriptors[v.word(k)] {
		return nil
	}
	// The noun names the organisation mentioned last before it.
	if m := v.prevActor(k, func(m *Mention) bool { return m.Type == graph.Org && m.StandsFor == "" }); m != nil && k-m.Last <= 12 {
		return []*Mention{m}
	}
	return nil
}

// citizenshipHeld reads "X holds dual U.S. and Iranian citizenship", "X,
// who has British nationality", "a German passport holder": the person is
// a citizen of each country named before the noun.
func (l *linkRun) citizenshipHeld(v *sentenceView) {
	for i := v.s.First + 2; i < v.s.Last; i++ {
		if w := v.word(i); w != "citizenship" && w != "nationality" && w != "passport" && w != "passports" {
			continue
		}
		var countries []*Mention
		k := i - 1
		for k > v.s.First {
			m := v.mentionAt(k)
			if m == nil || actorType(m) != graph.Country {
				break
			}
			countries = append(countries, m)
			k = m.First - 1
			if v.word(k) == "and" || v.word(k) == "," {
				k--
			}
		}
		if len(countries) == 0 {
			continue
		}
		if w := v.word(k); w == "dual" || w == "double" {
			k--
		}
		if !holdVerbs[v.word(k)] {
			continue
		}
		for _, s := range l.subjectOf(v, k) {
			if s.Type != graph.Person {
				continue
			}
			for _, c := range countries {
				l.emit(v, graph.CitizenOf, s.Entity, c.Actor(), graph.Person, graph.Country, 0.85, "holds-citizenship", "", s.First, i+1)
			}
		}
	}
}

// nationalityStated reads a nationality a copula states: "X is a British
// citizen", "X, who is French,", "X was an Iranian national". The
// demonym must end the phrase or come before a word for a citizen: "X is
// a British journalist" tells a trade (and is left to the appositions).
func (l *linkRun) nationalityStated(v *sentenceView) {
	for _, d := range v.ms {
		if d.Kind != "demonym" || actorType(d) != graph.Country {
			continue
		}
		k := d.First - 1
		if w := v.word(k); w == "a" || w == "an" {
			k--
		}
		if !copulas[v.word(k)] || k <= v.s.First {
			continue
		}
		after := v.word(d.Last)
		if d.Last < v.s.Last && !citizenNouns[after] && after != "," && after != "." && after != "and" {
			continue
		}
		for _, s := range l.subjectOf(v, k) {
			if s.Type == graph.Person {
				l.emit(v, graph.CitizenOf, s.Entity, d.Actor(), graph.Person, graph.Country, 0.85, "nationality-stated", "", s.First, d.Last)
			}
		}
	}
}

// citizenNouns name a person by citizenship: "a British citizen".
var citizenNouns = set("citizen", "citizens", "national", "nationals", "subject", "subjects", "passport-holder")

// holdVerbs hold a citizenship: "holds dual citizenship".
var holdVerbs = set("holds", "held", "hold", "has", "had", "have", "carries", "carried", "acquired", "obtained", "took", "gained", "received", "granted", "given", "awarded")

// nationalsNamed reads people named after a nationality set off by a
// comma: "A French citizen, Pierre Dupont,", "An Australian, Peter
// Greste,", "Two Britons, John Smith and Tom Brown,".
func (l *linkRun) nationalsNamed(v *sentenceView) {
	for _, d := range v.ms {
		if d.Kind != "demonym" || d.First == v.s.First || d.Last+1 >= v.s.Last {
			continue
		}
		if w := v.word(d.First - 1); w != "a" && w != "an" && w != "the" && v.toks[d.First-1].Tag != "CD" && countWords[w] == 0 {
			continue
		}
		k := d.Last
		if w := v.word(k); w == "citizen" || w == "citizens" || w == "national" || w == "nationals" {
			k++
		}
		if v.word(k) != "," {
			continue
		}
		people, _ := v.listAt(k + 1)
		for _, p := range people {
			if p.Type == graph.Person {
				l.emit(v, graph.CitizenOf, p.Entity, d.Actor(), graph.Person, graph.Country, 0.8, "nationals-named", "", d.First, p.Last)
			}
		}
	}
}

// backedBy reads a backer named inside a hyphenated word before what it
// backs: "the Iranian-backed Badr Brigade", "Moscow-backed Prime Minister
// Viktor Yanukovych" (supports), "U.S.-funded Radio Free Europe" (aids).
// The backer is no mention of the text (a title after it is not its
// office); the edge names it by the gazetteer.
func (l *linkRun) backedBy(v *sentenceView) {
	for i := v.s.First; i+1 < v.s.Last; i++ {
		w := v.toks[i].Text
		k := strings.LastIndexByte(w, '-')
		if k <= 0 || v.mentionAt(i) != nil {
			continue
		}
		rel, ok := backingSuffixes[w[k+1:]]
		if !ok {
			continue
		}
		e, bt := polityEntry(l.gaz, w[:k])
		if bt == "" {
			continue
		}
		backer := e.ID
		if e.StandsFor != "" {
			backer, bt = e.StandsFor, graph.Country // "Kremlin-backed": the government it stands for
		}
		// What is backed: the next name within a few title or describing
		// words ("Kremlin-backed Chechen President Akhmad Kadyrov").
		var o *Mention
		described, titled := false, false
		for j := i + 1; j < v.s.Last && j <= i+4; j++ {
			if m := v.mentionAt(j); m != nil {
				if m.Kind == "demonym" && m.Last < v.s.Last {
					j, described = m.Last-1, true // "Chechen": a word describing what follows
					continue
				}
				o = m
				break
			}
			switch t := v.word(j); {
			case titleWords[lowerNoDot(t)]:
				titled = true
			case isLowerWord(t) && v.toks[j].Tag == "JJ":
			case isCap(v.toks[j].Text) && isWord(v.toks[j].Text) && !isFunctionTag(v.toks[j].Tag):
				described = true // "Kremlin-backed Chechen President X"
			default:
				j = v.s.Last
			}
		}
		if a := v.word(i - 1); o == nil && (a == "the" || a == "a" || a == "an") && v.word(i-2) == "," {
			// "Hezbollah, the Iran-backed militant group,": the name the
			// description is set off after
			if m := v.mentionAt(i - 3); m != nil && m.Last == i-2 {
				o, described = m, false
			}
		}
		if g := i + 1; o == nil && !described && !titled && ruleBodies[v.word(g)] {
			// "Iraq's U.S.-backed government", "the U.S.-backed government
			// of Iraq": the state whose rulers they are
			if c := v.mentionAt(i - 2); c != nil && c.Last == i-1 && v.possessive(i-1) && actorType(c) == graph.Country && c.Kind != "demonym" {
				o = c
			} else if c := v.mentionAt(g + 2); v.word(g+1) == "of" && c != nil && c.First == g+2 && actorType(c) == graph.Country && c.Kind != "demonym" {
				o = c
			}
		}
		if o == nil || described && !titled || o.Type == graph.Date || o.Type == graph.Location && o.StandsFor == "" || o.Actor() == backer {
			continue
		}
		tgt, tt := o.Entity, o.Type
		if actorType(o) == graph.Country && o.Type != graph.Org {
			tgt, tt = o.Actor(), graph.Country
		}
		l.emit(v, rel, backer, tgt, bt, tt, 0.8, "backed-by", "", i, o.Last)
	}
}

// backingSuffixes end a backer's hyphenated word, with what the backing is.
var backingSuffixes = map[string]graph.RelationType{
	"backed": graph.Supports, "supported": graph.Supports, "sponsored": graph.Supports,
	"funded": graph.Aids, "financed": graph.Aids, "armed": graph.Aids,
}

// supportPhrases reads support told by a phrase rather than a verb: "the
// United Iraqi Alliance, which has the support of Ayatollah Sistani" (the
// one whose support it is backs the subject), "Ethiopian troops fought
// ... in support of the Somali government" (the subject backs what
// follows).
func (l *linkRun) supportPhrases(v *sentenceView) {
	for i := v.s.First + 1; i+1 < v.s.Last; i++ {
		if w := v.word(i); (w != "support" && w != "backing") || v.word(i+1) != "of" {
			continue
		}
		backed := v.supportedAt(v.skipModifiers(i + 2))
		switch prev := v.word(i - 1); {
		case prev == "in" && backed != nil:
			// The clause's verb before "in support of", and its subject.
			k := i - 2
			for k > v.s.First && !isVerbTag(v.toks[k].Tag) {
				if v.mentionAt(k) != nil && k < i-2 && v.word(k+1) != "in" {
					break
				}
				k--
			}
			if !isVerbTag(v.toks[k].Tag) {
				continue
			}
			subj := l.subjectOf(v, k)
			if len(subj) == 0 {
				subj = v.forcesBefore(v.subjectEnd(k)) // "Ethiopian troops fought ...": Ethiopia did
			}
			for _, s := range subj {
				// ("Iranians demonstrated in support of Hezbollah": people,
				// not their state)
				if isActor(s) && (s.Kind != "demonym" || forceNouns[v.word(s.Last)]) && s.Actor() != backed.Actor() {
					l.emitM(v, graph.Supports, s, backed, 0.7, "in-support-of", min(s.First, i), backed.Last)
				}
			}
		case prev == "the" && hasSupportVerbs[v.word(i-2)]:
			// "X has the support of Y": Y supports X.
			backer, _ := v.listAt(v.skipModifiers(i + 2))
			for _, s := range l.subjectOf(v, i-2) {
				for _, b := range backer {
					if isActor(s) && isActor(b) && s.Actor() != b.Actor() {
						l.emitM(v, graph.Supports, b, s, 0.7, "has-support-of", min(s.First, i), b.Last)
					}
				}
			}
		}
	}
}

// hasSupportVerbs hold support: "has the support of", "won the backing
// of".
var hasSupportVerbs = set("has", "have", "had", "enjoys", "enjoyed", "enjoy", "won", "wins", "gained", "gains",
	"received", "receives", "secured", "secures", "got", "gets")

// supportedAt returns the actor a phrase at i names as supported: a
// name, or a country's government ("the Somali government").
func (v *sentenceView) supportedAt(i int) *Mention {
	m := v.mentionAt(i)
	if m == nil || m.First != i {
		return nil
	}
	if w := v.word(m.Last); actorType(m) == graph.Country && (w == "government" || w == "regime" || w == "authorities") {
		return m
	}
	if m.Type == graph.Person || v.actor(m) {
		return m
	}
	return nil
}

// nameVerbs name someone as something: "called Lula a corrupt communist".
var nameVerbs = set("called", "calls", "call", "calling", "branded", "brands", "brand", "labelled", "labeled", "labels",
	"dubbed", "dubs", "denounced", "denounces", "described", "describes")

// insultWords are what one calls a foe: "a dictator", "a war criminal",
// "a terrorist state", "a threat to peace".
var insultWords = set("dictator", "dictators", "tyrant", "tyrants", "despot", "autocrat", "criminal", "criminals", "terrorist", "terrorists",
	"thug", "thugs", "liar", "liars", "murderer", "murderers", "butcher", "butchers", "fascist", "fascists", "nazi", "nazis", "puppet",
	"puppets", "clown", "traitor", "traitors", "enemy", "enemies", "threat", "menace", "corrupt", "rogue", "evil", "pariah", "killer",
	"killers", "madman", "warmonger", "warmongers", "aggressor", "bandit", "bandits", "gangster", "gangsters", "communist", "racist",
	"illegitimate", "usurper", "invader", "invaders", "occupier", "occupiers", "oppressor", "genocidal", "traitorous", "satan", "dotard",
	"disgrace", "crook", "crooks", "coward", "cowards", "fraud", "thief", "thieves")

// nameCalling reads opposition told by an insult: "Milei, who has called
// Lula 'a corrupt communist'", "Maduro branded the opposition leader a
// traitor" (the caller opposes whom he calls it).
func (l *linkRun) nameCalling(v *sentenceView) {
	for i := v.s.First + 1; i+2 < v.s.Last; i++ {
		if !nameVerbs[v.word(i)] || !isVerbTag(v.toks[i].Tag) && !onlyVerb(v.toks[i].Text) {
			continue
		}
		o := v.headMentionAt(i + 1)
		if o == nil || !isActor(o) || v.possessive(o.Last) {
			continue // (not "called Russia's bluff")
		}
		k := o.Last
		for k < v.s.Last && isQuote(v.toks[k].Text) {
			k++
		}
		if v.word(k) == "as" {
			k++ // "described Assad as a butcher"
		}
		if w := v.word(k); w == "a" || w == "an" || w == "the" {
			k++
		} else if !insultWords[w] {
			continue // "calls Lula every week", "called Putin on Friday"
		}
		found := false
		for n := 0; n < 4 && k < v.s.Last && v.mentionAt(k) == nil; n, k = n+1, k+1 {
			if w := v.word(k); insultWords[w] {
				found = true
				break
			} else if w == "," || w == "and" || phrasePreps[w] || w == "who" || w == "that" || w == "which" || v.toks[k].Tag == "VBG" || isQuote(v.toks[k].Text) && n > 0 {
				break // ("called Ukraine a nation under threat", "a democracy facing terrorists": not what the name is called)
			}
		}
		if !found {
			continue // "called Putin a friend", "described Xi as a partner"
		}
		for _, s := range l.subjectOf(v, i) {
			if isActor(s) && s.Actor() != o.Actor() {
				l.emitM(v, graph.Opposes, s, o, 0.75, "name-calling", min(s.Last, i), o.Last)
			}
		}
	}
}

// protests reads opposition shown by a reaction or a diplomatic step:
// "sold air-defence systems to Taiwan, drawing protests from Beijing"
// (Beijing opposes the seller), "Iran's foreign ministry summoned the
// British ambassador" (Iran opposes Britain).
func (l *linkRun) protests(v *sentenceView) {
	for i := v.s.First + 1; i+2 < v.s.Last; i++ {
		w := v.word(i)
		switch {
		case drawVerbs[w]:
			k := i + 1
			for n := 0; n < 3 && k < v.s.Last && (v.word(k) == "a" || v.word(k) == "an" || v.toks[k].Tag == "JJ"); n++ {
				k++
			}
			if !protestNouns[v.word(k)] || v.word(k+1) != "from" {
				continue
			}
			from, _ := v.listAt(v.skipModifiers(k + 2))
			fv := v.firstVerb()
			var subj []*Mention
			if o := v.actOwner(i); o != nil {
				subj = []*Mention{o} // "Beijing's support for Moscow's war effort has drawn criticism from NATO"
			} else if len(from) > 0 && fv < i && v.word(i-1) == "," {
				subj = l.subjectOf(v, fv)
			}
			if len(from) == 0 {
				continue
			}
			for _, s := range subj {
				for _, x := range from {
					if isActor(x) && isActor(s) {
						l.emitM(v, graph.Opposes, x, s, 0.7, "drew-protest", s.First, x.Last)
					}
				}
			}
		case recallVerbs[w] && (v.word(i+1) == "its" || v.word(i+1) == "their") && envoyNouns[v.word(i+2)] && (v.word(i+3) == "to" || v.word(i+3) == "from" || v.word(i+3) == "in"):
			// "Peru recalled its ambassador to Japan": a protest at the
			// state the envoy served in
			c := v.mentionAt(v.skipModifiers(i + 4))
			if c == nil || c.First != v.skipModifiers(i+4) || actorType(c) != graph.Country {
				continue
			}
			for _, s := range l.subjectOf(v, i) {
				if isActor(s) && s.Type != graph.Person && s.Actor() != c.Actor() {
					l.emitM(v, graph.Opposes, s, c, 0.7, "recalled-envoy", s.First, c.Last)
				}
			}
		case w == "summoned" || w == "summons" || w == "summon" && v.word(i-1) != "to" || expelVerbs[w]:
			k := i + 1
			for n := 0; n < 2 && (v.word(k) == "the" || v.word(k) == "a" || v.word(k) == "an" || v.toks[k].Tag == "CD" || memberCounts[v.word(k)]); n++ {
				k++ // "expelled four Russian diplomats"
			}
			var c *Mention
			if m := v.mentionAt(k); m != nil && m.First == k && actorType(m) == graph.Country {
				n := m.Last
				if v.possessive(n) {
					n++
				}
				if envoyNouns[v.word(n)] || v.word(n) == "charge" && v.word(n+1) == "d'affaires" {
					c = m // "summoned the British ambassador", "summoned Japan's ambassador"
				}
			}
			if c == nil {
				continue
			}
			subj := l.subjectOf(v, i)
			if e := v.subjectEnd(i); len(subj) == 0 {
				k := e - 1
				for n := 0; n < 3 && k > v.s.First && isLowerWord(v.word(k)) && v.mentionAt(k) == nil; n++ {
					k--
				}
				if m := v.mentionAt(k - 1); k < e-1 && v.possessive(k) && m != nil && actorType(m) == graph.Country && m.Kind != "demonym" {
					subj = []*Mention{m} // "Iran's foreign ministry summoned"
				}
			}
			for _, s := range subj {
				if isActor(s) && s.Type != graph.Person {
					pattern := "summoned-envoy"
					if expelVerbs[w] {
						pattern = "expelled-envoy" // "Britain expelled four Russian diplomats"
					}
					l.emitM(v, graph.Opposes, s, c, 0.7, pattern, s.First, c.Last)
				}
			}
		}
	}
}

// sympathyNouns go with solidarity in what is expressed: "its sympathy
// and solidarity with".
var sympathyNouns = set("sympathy", "sympathies", "support", "condolences", "friendship")

// expelVerbs send another state's envoys away, recallVerbs one's own
// home: protests as a summons is.
var (
	expelVerbs  = set("expelled", "expels", "expel", "expelling")
	recallVerbs = set("recalled", "recalls", "recall", "recalling", "withdrew", "withdraws", "withdrawn")
)

// drawVerbs bring a reaction about: "drawing protests from Beijing".
var drawVerbs = set("drawing", "drew", "draws", "drawn", "draw", "prompting", "prompted", "sparking", "sparked", "triggering", "triggered", "provoking", "provoked")

// actOwner returns the actor whose act is the subject of the verb at i,
// when the sentence opens with it: "Beijing's support for Moscow's war
// effort has drawn criticism" (Beijing's); else nil.
func (v *sentenceView) actOwner(i int) *Mention {
	m := v.mentionAt(v.s.First)
	if m == nil || !v.possessive(m.Last) || !isActor(m) || m.Kind == "demonym" {
		return nil
	}
	k := m.Last + 1
	if !isLowerWord(v.word(k)) || !strings.HasPrefix(v.toks[k].Tag, "NN") {
		return nil
	}
	// the verb must be the sentence's first, its auxiliaries aside
	j := i - 1
	for j > k && (auxiliaries[v.word(j)] || v.word(j) == "been") {
		j--
	}
	for n := k + 1; n <= j; n++ {
		if isVerbTag(v.toks[n].Tag) && v.mentionAt(n) == nil {
			return nil
		}
	}
	return m
}

// protestNouns are reactions of opposition.
var protestNouns = set("protest", "protests", "condemnation", "criticism", "rebuke", "rebukes", "anger", "outrage", "objections", "ire", "fury")

// envoyNouns name a state's envoy abroad.
var envoyNouns = set("ambassador", "envoy", "diplomat", "diplomats", "representative")

// standWith reads backing told as standing with or behind someone:
// "India stands with Israel", "the alliance stands firmly behind Ukraine",
// "We will continue to stand with Taiwan, said Nancy Pelosi" (the quote's
// speaker when the subject is "we"); and votes for a resolution that
// condemns a state: "The United States, Britain and France voted for the
// resolution condemning Russia".
func (l *linkRun) standWith(v *sentenceView) {
	for i := v.s.First + 1; i+1 < v.s.Last; i++ {
		w := v.word(i)
		switch {
		case w == "stand" || w == "stands" || w == "stood" || w == "standing":
			k := i + 1
			for n := 0; n < 2 && (v.toks[k].Tag == "RB" || v.word(k) == "firmly" || v.word(k) == "squarely"); n++ {
				k++
			}
			if p := v.word(k); p != "with" && p != "behind" && p != "by" {
				continue
			}
			objs, _ := v.listAt(v.skipModifiers(k + 1))
			if len(objs) == 0 {
				continue
			}
			subj := l.subjectOf(v, i)
			if len(subj) == 0 && (v.word(i-1) == "to" || v.word(i-1) == "will") {
				for j := i - 1; j > v.s.First && j > i-6; j-- {
					if isVerbTag(v.toks[j].Tag) && v.word(j-1) != "to" {
						subj = l.subjectOf(v, j) // "will continue to stand with"
						break
					}
				}
			}
			for _, s := range subj {
				for _, o := range objs {
					if isActor(s) && isActor(o) {
						l.emitM(v, graph.Supports, s, o, 0.75, "stands-with", min(s.First, i), o.Last)
					}
				}
			}
		case w == "solidarity" && v.word(i+1) == "with":
			// "NATO has expressed its solidarity with Britain": the subject
			// of the verb that expresses it (not "coordinated its support
			// with France": only solidarity is had with someone)
			objs, _ := v.listAt(v.skipModifiers(i + 2))
			k := i - 1
			for k > v.s.First && (v.word(k) == "its" || v.word(k) == "their" || v.word(k) == "his" || v.word(k) == "her" || v.toks[k].Tag == "JJ" ||
				v.word(k) == "and" || sympathyNouns[v.word(k)]) {
				k-- // "expressed its sympathy and solidarity with Poland"
			}
			var subj []*Mention
			if p := v.mentionAt(k - 1); p != nil && p.Last == k && v.possessive(p.Last) {
				subj = []*Mention{p} // "to convey America's solidarity with France"
			} else if isVerbTag(v.toks[k].Tag) {
				subj = l.subjectOf(v, k)
			}
			if len(objs) == 0 {
				continue
			}
			for _, s := range subj {
				for _, o := range objs {
					if isActor(s) && isActor(o) && s.Actor() != o.Actor() {
						l.emitM(v, graph.Supports, s, o, 0.75, "supports-noun", min(s.First, i), o.Last)
					}
				}
			}
		case (w == "campaigned" || w == "campaigns" || w == "campaigning" || w == "campaign") && v.word(i+1) == "for":
			// "Obama campaigned for Kamala Harris in Pittsburgh": a
			// candidate or a party backed (not "campaigned for
			// independence", no name)
			o := v.headMentionAt(i + 2)
			if o == nil || o.Type != graph.Person && (o.Type != graph.Org || o.StandsFor != "") || v.possessive(o.Last) {
				continue // (not "campaigned for Trump's impeachment")
			}
			for _, s := range l.subjectOf(v, i) {
				if s.Type == graph.Person || s.Type == graph.Org && s.StandsFor == "" {
					l.emitM(v, graph.Supports, s, o, 0.75, "campaigned-for", min(s.First, i), o.Last)
				}
			}
		case w == "resolution" && (v.word(i+1) == "condemning" || v.word(i+1) == "denouncing" || v.word(i+1) == "censuring"):
			objs, _ := v.listAt(v.skipModifiers(i + 2))
			if len(objs) == 0 {
				continue
			}
			k := i - 1
			for k > v.s.First && (v.word(k) == "the" || v.word(k) == "a" || v.toks[k].Tag == "JJ") {
				k--
			}
			if v.word(k) == "for" {
				k--
			}
			if !resolutionVerbs[v.word(k)] {
				continue
			}
			for _, s := range l.subjectOf(v, k) {
				for _, o := range objs {
					if isActor(s) && isActor(o) {
						l.emitM(v, graph.Opposes, s, o, 0.75, "voted-condemning", min(s.First, k), o.Last)
					}
				}
			}
		}
	}
}

// resolutionVerbs pass or back a resolution: "voted for the resolution".
var resolutionVerbs = set("voted", "backed", "supported", "sponsored", "adopted", "passed", "approved", "co-sponsored")

// suspensions read a body of states suspending a member as a sanction on
// it: "The African Union suspended Niger after the coup", "Mali was
// suspended from ECOWAS". One of states suspending talks, aid or flights
// sanctions no one here.
func (l *linkRun) suspensions(v *sentenceView) {
	for i := v.s.First + 1; i+1 < v.s.Last; i++ {
		if w := v.word(i); w != "suspended" && w != "suspends" && w != "suspend" && w != "suspending" {
			continue
		}
		var body, state *Mention
		if isPassiveAux(v.word(i - 1)) {
			if v.word(i+1) != "from" {
				continue
			}
			if subj := l.subjectOf(v, v.auxStart(i-1)); len(subj) == 1 {
				state = subj[0]
			}
			body = v.headMentionAt(i + 2) // "was suspended from the African Union"
		} else {
			if subj := l.subjectOf(v, i); len(subj) == 1 {
				body = subj[0]
			}
			k := i + 1
			if v.word(k) == "the" {
				k++
			}
			if m := v.mentionAt(k); m != nil && m.First == k && !v.possessive(m.Last) && (m.Last >= v.s.Last || !isWord(v.word(m.Last)) || suspensionEnds[v.word(m.Last)]) {
				state = m // (not "suspended Niger's budget support", "suspended Sudan talks")
			}
		}
		if body == nil || state == nil || actorType(state) != graph.Country || state.Kind == "demonym" || !l.statesOnly(body.Entity) && l.gaz.Kind(body.Entity) != "igo" {
			continue
		}
		if neg, f := v.modality(min(body.Last, state.Last), max(body.First, state.First)); !neg {
			l.emitM(v, graph.Sanctions, body, state, 0.8*f, "suspended-member", min(body.First, state.First), max(body.Last, state.Last))
		}
	}
}

// suspensionEnds may follow the state a body suspends.
var suspensionEnds = set("from", "in", "on", "after", "over", "for", "until", "as", "following", "last", "this", "indefinitely", "with")

// tiesCut reads a break of relations as hostility: "Saudi Arabia, the
// United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar",
// "Riyadh severed diplomatic relations with Iran".
func (l *linkRun) tiesCut(v *sentenceView) {
	for i := v.s.First + 1; i+3 < v.s.Last; i++ {
		if w := v.word(i); !cutVerbs[w] || w == "sever" || w == "break" || v.word(i-1) == "to" {
			continue // "demanding that Pakistan's government sever ties", "threatened to cut ties": asked for, not done
		}
		k := i + 1
		if v.word(k) == "off" {
			k++ // "broke off relations with"
		}
		if v.word(k) == "diplomatic" || v.word(k) == "all" || v.word(k) == "its" || v.word(k) == "their" {
			k++
		}
		if v.word(k) == "diplomatic" {
			k++
		}
		if w := v.word(k); (w != "ties" && w != "relations") || v.word(k+1) != "with" {
			continue
		}
		objs, end := v.listAt(v.skipModifiers(k + 2))
		if len(objs) > 1 && commaAndBetween(v, objs[0], objs[len(objs)-1]) && end < v.s.Last-1 {
			objs = objs[:1] // "broke relations with Israel, and Colombia and Chile recalled their ambassadors": a clause of its own
		}
		if demandedBefore(v, i) {
			continue // "demanding that Pakistan cut ties with France": asked for, not done
		}
		subj := l.subjectOf(v, i)
		neg, f := v.modality(v.subjectEnd(i), i)
		if neg {
			continue
		}
		for _, s := range subj {
			for _, o := range objs {
				// states break relations with states ("Prince Harry has cut
				// ties with his brother", a club's with a player, are other
				// matters)
				if isActor(s) && isActor(o) && s.Actor() != o.Actor() && actorType(s) == graph.Country && actorType(o) == graph.Country {
					l.emitM(v, graph.Opposes, s, o, 0.8*f, "cut-ties", min(s.First, i), o.Last)
				}
			}
		}
	}
}

// cutVerbs break relations off.
var cutVerbs = set("cut", "cuts", "cutting", "severed", "severs", "sever", "severing", "broke", "breaks", "break", "breaking", "suspended", "suspends")

// massKillingAt reads a killing of many at a named place, or fire opened
// on one, as an attack on the place: "Syed Rizwan Farook killed 14 people
// at the Inland Regional Center", "opened fire at the Century 16 cinema".
func (l *linkRun) massKillingAt(v *sentenceView) {
	for i := v.s.First + 1; i+3 < v.s.Last; i++ {
		w := v.word(i)
		k := i + 1
		switch {
		case w == "killed" || w == "kills" || w == "killing":
			n := k
			for n < v.s.Last && n < k+3 && (v.toks[n].Tag == "CD" || killCounts[v.word(n)] || v.toks[n].Tag == "JJ") {
				n++
			}
			if n == k || !victimNouns[v.word(n)] {
				continue
			}
			k = n + 1
		case w == "fire" && (v.word(i-1) == "opened" || v.word(i-1) == "opens"):
		default:
			continue
		}
		if v.word(k) != "at" && v.word(k) != "on" {
			continue
		}
		k++
		if v.word(k) == "the" || v.word(k) == "a" {
			k++
		}
		target := v.mentionAt(k)
		if target == nil || target.First != k || target.StandsFor != "" || target.Type != graph.Org && target.Type != graph.Location || l.gaz.Kind(target.Entity) == "city" || l.gaz.Kind(target.Entity) == "region" {
			continue
		}
		if n := target.Last; n < v.s.Last && isLowerWord(v.word(n)) && strings.HasPrefix(v.toks[n].Tag, "NN") {
			continue // "killed 69 people at a Labour Party youth camp": the camp, not the party
		}
		verb := i
		if w == "fire" {
			verb = i - 1
		}
		subj := l.subjectOf(v, verb)
		if len(subj) == 0 {
			subj = l.participleSubject(v, verb) // "James Holmes opened fire at a screening ..., killing 12 people"
		}
		if neg, f := v.modality(v.subjectEnd(verb), k); !neg && f >= 0.5 {
			for _, s := range subj {
				if isActor(s) && s.Actor() != target.Actor() && actorType(s) != graph.Location {
					l.emitM(v, graph.Attacked, s, target, 0.75*f, "attacked-place", min(s.First, verb), target.Last)
				}
			}
		}
	}
}

// victimNouns count the dead of an attack; killCounts stand for numbers.
var (
	victimNouns = set("people", "worshippers", "worshipers", "children", "students", "civilians", "hostages", "soldiers", "policemen",
		"officers", "shoppers", "tourists", "passengers", "pilgrims", "villagers", "others", "persons", "adults", "guests", "diners")
	killCounts = set("dozens", "hundreds", "thousands", "scores", "several", "many", "at", "least", "more", "than", "some", "nearly", "about", "over")
)

// membersIncluding reads the members a count of a body's members names:
// "arrested 25 members of the far-right Reichsbuerger movement, including
// Heinrich Reuss".
func (l *linkRun) membersIncluding(v *sentenceView) {
	for i := v.s.First; i+4 < v.s.Last; i++ {
		if v.word(i) != "members" || v.word(i+1) != "of" {
			continue
		}
		body := v.headMentionAt(v.skipModifiers(i + 2))
		if body == nil || body.Type != graph.Org || body.StandsFor != "" || l.statesOnly(body.Entity) {
			continue
		}
		k := body.Last
		if v.word(k) == "(" && v.word(k+2) == ")" {
			k += 3
		}
		if v.word(k) != "," || v.word(k+1) != "including" {
			continue
		}
		people, _ := v.listAt(v.skipModifiers(k + 2))
		for _, p := range people {
			if p.Type == graph.Person {
				l.emitM(v, graph.MemberOf, p, body, 0.8, "members-including", i, p.Last)
			}
		}
	}
}

// pluralTitles reads a title in the plural before several names: "U.S.
// senators Marco Rubio and Ted Cruz" serve the United States.
func (l *linkRun) pluralTitles(v *sentenceView) {
	for i := v.s.First + 1; i+1 < v.s.Last; i++ {
		role, ok := pluralOffices[v.word(i)]
		if !ok {
			continue
		}
		c := v.mentionAt(i - 1)
		if c == nil || c.Last != i || actorType(c) != graph.Country {
			continue
		}
		people, _ := v.listAt(i + 1)
		if len(people) < 2 || people[0].First != i+1 {
			continue
		}
		for _, p := range people {
			if p.Type == graph.Person {
				l.emit(v, graph.WorksFor, p.Entity, c.Actor(), graph.Person, graph.Country, 0.8, "plural-title", role, c.First, p.Last)
			}
		}
	}
}

// pluralOffices are offices named in the plural before the names of their
// holders, with the singular kept as the role.
var pluralOffices = map[string]string{"senators": "senator", "lawmakers": "lawmaker", "ministers": "minister", "congressmen": "congressman",
	"diplomats": "diplomat", "envoys": "envoy", "generals": "general", "legislators": "legislator", "officials": "official", "ambassadors": "ambassador"}

// allegianceGiven reads backing given to a named side: "had pledged
// allegiance to Islamic State", "Turkey was giving Baku moral support".
func (l *linkRun) allegianceGiven(v *sentenceView) {
	for i := v.s.First + 1; i+2 < v.s.Last; i++ {
		w := v.word(i)
		var backed *Mention
		switch {
		case (w == "pledged" || w == "pledges" || w == "swore" || w == "sworn" || w == "declared") && v.word(i+1) == "allegiance" && v.word(i+2) == "to":
			backed = v.headMentionAt(i + 3)
		case w == "giving" || w == "gave" || w == "gives" || w == "give" || w == "lent" || w == "lends" || w == "lending":
			m := v.mentionAt(i + 1)
			if m == nil || m.First != i+1 {
				continue
			}
			k := m.Last
			for n := 0; n < 2 && k < v.s.Last && (v.word(k) == "moral" || v.word(k) == "political" || v.word(k) == "diplomatic" || v.word(k) == "its" || v.word(k) == "full" || v.word(k) == "strong"); n++ {
				k++
			}
			if v.word(k) == "support" || v.word(k) == "backing" {
				backed = m
			}
		default:
			continue
		}
		if backed == nil || !isActor(backed) {
			continue
		}
		subj := l.subjectOf(v, i)
		if len(subj) == 0 && v.word(i-1) == "had" || len(subj) == 0 && progressiveAux[v.word(i-1)] {
			subj = l.subjectOf(v, i-1)
		}
		neg, f := v.modality(v.subjectEnd(i), backed.First)
		if neg {
			continue
		}
		for _, s := range subj {
			if isActor(s) && s.Actor() != backed.Actor() && s.Kind != "demonym" {
				l.emitM(v, graph.Supports, s, backed, 0.8*f, "gave-support", min(s.First, i), backed.Last)
			}
		}
	}
}

// commaAndBetween reports whether ", and" stands between mentions a and b.
func commaAndBetween(v *sentenceView, a, b *Mention) bool {
	for k := a.Last; k+1 < b.First; k++ {
		if v.word(k) == "," && v.word(k+1) == "and" {
			return true
		}
	}
	return false
}

// demandedBefore reports whether the clause of the verb at i is one that
// someone demands, urges or calls for: "demanding that Pakistan cut ties".
func demandedBefore(v *sentenceView, i int) bool {
	for k := i - 1; k > v.s.First && k >= i-8; k-- {
		if v.word(k) == "that" {
			switch v.word(k - 1) {
			case "demanding", "demanded", "demands", "demand", "urging", "urged", "urges", "insisted", "insisting", "proposed", "suggested", "asked", "asking":
				return true
			}
			return false
		}
	}
	return false
}
