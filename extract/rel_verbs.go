package extract

import (
	"slices"
	"strings"

	"github.com/kgraph/kgraph/graph"
)

// verbFamily describes how text states one relation with a verb or its
// noun: "Russia attacked Ukraine", "Ukraine was attacked by Russia",
// "Russia's assault on Ukraine", "Russia launched an invasion of Ukraine".
type verbFamily struct {
	rel graph.RelationType
	// verbs are active forms; a verb may be followed by one of preps
	// before its object ("negotiates with", "sided with").
	verbs, preps map[string]bool
	// participles are the past participles of passives: "was backed by".
	participles map[string]bool
	// nouns are nominalisations, whose target follows one of nounPreps:
	// "assault on", "invasion of", "talks with".
	nouns, nounPreps map[string]bool
	// nounNeeds, when set, is a word that must stand right before a noun
	// for it to count ("military operation", not any operation).
	nounNeeds map[string]map[string]bool
	// lightVerbs take a noun as their object and lend it their subject:
	// "launched an offensive against", "waged war on".
	lightVerbs map[string]bool
	// doers name the one who does it: "X, the killer of Y", "Y's
	// assassin, X".
	doers map[string]bool
	// objTypes restricts the object; nil allows any actor.
	objTypes []graph.EntityType
	// named needs the subject and object named in the clause: a pronoun
	// ("it was occupied by Germany" after two countries) and a name
	// modifying a noun ("captured the Wimbledon title") do not count.
	named bool
	// seizes marks the family of places taken by force, which also reads
	// "took control of" and forces that "entered" a place.
	seizes bool
	// wounds marks verbs that hurt without saying the victim died: a
	// fatal wound is the killing family's, and an accident no attack.
	wounds bool
}

var verbFamilies = []verbFamily{
	{rel: graph.Attacked,
		verbs: set("attacked", "attacks", "attack", "invaded", "invades", "invade", "shelled", "shells", "bombed", "bombs", "raided", "struck", "strikes", "targeted",
			"pounded", "pounds", "bombarded", "bombards", "ambushed", "ambushes", "stormed", "retaliated", "retaliates", "pummeled", "pummelled", "pummels",
			"besieged", "besieges",
			// the progressive, after "is" or "began" only (see verbs)
			"attacking", "bombing", "shelling", "pounding", "striking", "raiding", "bombarding"), // (not "targeting": "kept targeting Iran with sanctions", "is targeting India as a market")
		preps:       set("against"), // "retaliated against Israel"
		participles: set("attacked", "invaded", "shelled", "bombed", "raided", "struck", "targeted", "pounded", "bombarded", "ambushed", "stormed", "pummeled", "pummelled", "besieged"),
		nouns: set("attack", "attacks", "assault", "assaults", "invasion", "offensive", "incursion", "war", "warfare", "battle", "strikes", "airstrikes", "bombardment", "aggression", "operation", "onslaught",
			"counteroffensive", "counter-offensive", "counterattack", "counter-attack", "strike", "airstrike", "raid", "raids", "bombing"),
		nounPreps:  set("on", "against", "of", "in", "into", "inside"), // ("airstrikes inside Afghanistan": across its border)
		nounNeeds:  map[string]map[string]bool{"operation": set("military", "army", "special", "armed")},
		lightVerbs: set("launched", "launches", "launch", "began", "begun", "started", "waged", "wages", "wage", "waging", "mounted", "staged", "unleashed", "conducted", "carried")},
	{rel: graph.Attacked, // "The Taliban seized Kabul", "Russia annexed Crimea": a place taken by force
		verbs: set("seized", "seizes", "captured", "captures", "overran", "overruns", "occupied", "occupies", "annexed", "annexes",
			"recaptured", "recaptures"),
		participles: set("seized", "captured", "overrun", "occupied", "annexed", "recaptured"),
		objTypes:    []graph.EntityType{graph.Location, graph.Country},
		named:       true,
		seizes:      true},
	{rel: graph.Attacked, // "Hezbollah fired rockets at Israel"
		nouns:      set("rockets", "missiles", "shells", "mortars", "mortar", "rounds", "drones", "bombs", "rocket", "missile", "shell", "drone", "bomb", "cannon", "cannons"),
		nounPreps:  set("at", "into", "on", "toward", "towards"),
		lightVerbs: set("fired", "fires", "fire", "firing", "launched", "launches", "lobbed", "dropped", "rained")},
	{rel: graph.Supports,
		verbs: set("backs", "backed", "back", "backing", "supports", "supported", "support", "supporting", "endorses", "endorsed", "endorsing",
			"sided", "sides", "championed"),
		preps:       set("with"),
		participles: set("backed", "supported", "endorsed"),
		nouns:       set("support", "backing", "weight"),
		nounPreps:   set("for", "of", "behind"),
		nounNeeds:   map[string]map[string]bool{"weight": set("its", "their", "his", "her")}, // "Turkey threw its weight behind Azerbaijan"
		doers:       set("backer", "backers", "supporter", "supporters", "sponsor", "patron"),
		// "The bloc pledged support for Kyiv", "voiced its backing for"
		lightVerbs: set("pledged", "pledges", "pledge", "offered", "offers", "expressed", "expresses", "voiced", "voices",
			"reaffirmed", "reaffirms", "reiterated", "reiterates", "declared", "declares", "lent", "lends", "threw", "throws",
			"stepped", "steps", "increased", "increases", "boosted", "boosts", "stepping")}, // ("has stepped up military support for the junta")
	{rel: graph.NegotiatesWith,
		verbs:      set("negotiates", "negotiated", "negotiate", "negotiating", "bargained"),
		preps:      set("with"),
		nouns:      set("negotiations", "negotiation", "talks", "peace talks"),
		nounPreps:  set("with"),
		lightVerbs: set("held", "hold", "holds", "holding", "opened", "resumed", "began", "started", "entered", "conducted")},
	{rel: graph.Sanctions,
		verbs:       set("sanctioned", "sanctions", "sanction", "blacklisted", "blacklists", "blacklist", "embargoed"),
		participles: set("sanctioned", "blacklisted"),
		nouns:       set("sanctions", "embargo"),
		nounPreps:   set("on", "against", "targeting"),
		// "is renewing sanctions on Burma", "has maintained sanctions on
		// Cuba": sanctions in force, kept
		lightVerbs: set("imposed", "imposes", "impose", "imposing", "slapped", "slaps", "announced", "levied", "levies", "joined", "joins",
			"extended", "extends", "extending", "tightened", "tightens", "tightening", "renewed", "renews", "renewing",
			"maintained", "maintains", "maintaining", "reimposed", "re-imposed", "expanded", "expands", "broadened", "toughened",
			"agreed", "approved", "approves", "adopted", "adopts")},
	{rel: graph.Opposes,
		verbs: union(set("opposes", "opposed", "oppose", "condemned", "condemns", "condemn", "denounced", "denounces", "criticised", "criticized", "criticises", "criticizes",
			"slammed", "slams", "blasted", "blasts", "lambasted", "lambastes", "rebuked", "rebukes", "censured", "censures", "decried", "decries",
			"blamed", "blames", "accused", "accuses", "lashed", "lashes", "railed", "rails"),
			// a ruler removed by force or a vote ("Sisi ousted President
			// Mohamed Morsi"), war on a foe ("Turkey has fought the PKK
			// since 1984"; not "fought alongside" or "fought for" one)
			ousterVerbs, foughtVerbs),
		preps: set("at", "against"), // "lashed out at Israel", "railed against"
		participles: set("opposed", "condemned", "denounced", "criticised", "criticized", "slammed", "blasted", "lambasted", "rebuked", "censured", "decried", "accused", "blamed",
			"ousted", "toppled", "overthrown", "deposed"),
		nouns:     set("opposition", "condemnation", "criticism"),
		nounPreps: set("to", "of"),
		doers:     set("critic", "opponent", "foe", "detractor", "nemesis", "arch-rival", "archrival", "critics", "opponents", "foes")},
	{rel: graph.Killed,
		verbs:       set("killed", "kills", "kill", "assassinated", "assassinates", "murdered", "murders", "slew", "executed", "shot", "shooting"),
		participles: set("killed", "assassinated", "murdered", "slain", "executed", "shot"),
		nouns:       set("assassination", "murder", "killing", "slaying", "slayings", "killings", "murders", "assassinating", "murdering"),
		nounPreps:   set("of"),
		// "pleaded guilty to the assassination of", "was convicted of the
		// murder of", "serving 99 years for assassinating King": what a
		// court established, not what it was asked.
		lightVerbs: set("convicted", "sentenced", "pleaded", "confessed", "admitted", "committed", "serving", "serves", "served"),
		doers:      set("killer", "assassin", "murderer", "slayer"),
		objTypes:   []graph.EntityType{graph.Person}},
	{rel: graph.Attacked, // "Sirhan shot Kennedy", "Reagan was shot by John Hinckley": one can be shot and live
		verbs:       set("shot", "shoots", "stabbed", "stabs", "wounded", "wounds"),
		participles: set("shot", "stabbed", "wounded"),
		objTypes:    []graph.EntityType{graph.Person},
		named:       true,
		wounds:      true},
	{rel: graph.Aids,
		verbs:       set("aids", "aided", "aid", "helps", "helped", "help", "arms", "armed", "arming", "bankrolled", "funds", "funded", "funding"),
		participles: set("aided", "helped", "armed", "funded"),
		nouns:       set("aid", "assistance", "help", "arms"),
		nounPreps:   set("to", "for"),
		lightVerbs:  set("announced", "announces", "approved", "approves", "unveiled", "unveils", "authorized", "authorised")}, // "The Pentagon announced a $988 million aid package for Ukraine"
	{rel: graph.Founded,
		verbs:       set("founded", "founds", "established", "establishes", "co-founded", "created", "formed", "launched", "set", "sets"), // ("set up")
		participles: set("founded", "established", "co-founded", "created", "formed"),
		objTypes:    []graph.EntityType{graph.Org}},
}

// verbs reads every verb family in the sentence.
func (l *linkRun) verbs(v *sentenceView) {
	for fi := range verbFamilies {
		f := &verbFamilies[fi]
		for i := v.s.First; i < v.s.Last; i++ {
			w := v.word(i)
			if f.rel == graph.Killed && (w == "shot" || w == "shooting") && !fatalHarm(v, i) {
				continue // "Cheney shot Texas lawyer Harry Whittington by accident": he lived
			}
			if f.wounds && (f.verbs[w] || f.participles[w]) && (fatalHarm(v, i) || v.wordIn(i-3, v.clauseEnd(i), accidentWords)) { // (the harm's own clause: not "after a stray dog bit him")
				continue // "shot ... dead", "stabbed to death": a killing; "shot X by accident": no attack
			}
			if f.rel == graph.Attacked && (w == "targeted" || w == "targets" || w == "targeting") && targetedWithMeasures(v, i) {
				continue // "The European Union targeted Russia with a new round of sanctions": no attack
			}
			if (w == "fighting" || f.rel == graph.Attacked && strings.HasSuffix(w, "ing")) && !progressiveAux[v.word(i-1)] && !aspectVerbs[v.word(i-1)] {
				continue // "the fighting between X and Y", "the bombing of" are no verbs; "has been fighting the RSF", "began bombing Houthi rebels" are
			}
			if (w == "set" || w == "sets") && v.word(i+1) != "up" {
				continue // only "set up" founds
			}
			if f.named && (f.verbs[w] || f.participles[w]) && (v.pronounBefore(i) || v.nounAfterObject(i)) {
				continue
			}
			if o := v.mentionAt(v.skipModifiers(i + 1)); (w == "blamed" || w == "blames") && o != nil && v.possessive(o.Last) {
				continue // "blames Iceland's calamity on bankers": the blame is the bankers'
			}
			switch {
			case f.participles[w] && (isPassiveAux(v.word(i-1)) || v.word(i-1) == "been" || v.word(i-1) == "," && v.word(i+1) == "by" ||
				strings.HasSuffix(v.word(i-1), "ly") && isPassiveAux(v.word(i-2)) || // "was fatally shot by"
				v.word(i+1) == "by" && v.appositionHead(i) != nil || // "Kataib Hezbollah, an Iraqi militia backed by Iran,"
				v.word(i+1) == "by" && v.word(i-1) == "and" && v.passiveAuxBefore(i-1) > 0): // "is based in Aden and backed by Saudi Arabia"
				l.passive(v, f, i) // "was founded by", "Facebook, founded by Mark Zuckerberg,"
			case f.seizes && controlVerbs[w] && v.word(i+1) == "control" && v.word(i+2) == "of":
				l.active(v, f, i) // "Hayat Tahrir al-Sham took control of Aleppo"
			case f.seizes && (w == "entered" || w == "enters") && isVerbTag(v.toks[i].Tag) && len(l.subjectOf(v, i)) == 0 && len(v.forcesBefore(v.subjectEnd(i))) > 0:
				l.active(v, f, i) // "Israeli troops entered Rafah": forces, not "Turkey entered talks"
			case fi == 0 && exchangeVerbs[w] && exchangedBlows[v.word(i+1)] && !bartered(v, i):
				l.exchangedFire(v, f, i)
			case f.rel == graph.Opposes && (w == "hit" || w == "hits") && v.word(i+1) == "out" && (v.word(i+2) == "at" || v.word(i+2) == "against"):
				l.active(v, f, i) // "Erdogan hit out at Israel": words, no blows
			case fi == 0 && (w == "hit" || w == "hits") && isVerbTag(v.toks[i].Tag) && len(v.forcesBefore(v.subjectEnd(i))) > 0 && v.word(i+1) != "out":
				// "Russian missiles hit Kharkiv": "hit" attacks when forces
				// or weapons strike (not "the storm hit Florida")
				l.active(v, f, i)
			case f.rel == graph.Killed && w == "wounded" && fatalAdverbs[v.word(i-1)]:
				l.active(v, f, i) // "shot and mortally wounded"
			case f.rel == graph.Killed && w == "killing" && v.word(i-1) == "," && v.attackClauseBefore(i):
				l.active(v, f, i) // "Russian forces attacked Kharkiv, killing X": the clause's subject
			case f.verbs[w] && (isVerbTag(v.toks[i].Tag) || onlyVerb(v.toks[i].Text) && v.mentionAt(i-1) != nil) && !(f.nouns[w] && f.lightVerbs[v.word(i-1)]):
				// "imposed sanctions on": a light verb's object is the
				// noun, whatever the tagger says of it.
				l.active(v, f, i)
			case f.nouns[w] && (f.nounNeeds[w] == nil || f.nounNeeds[w][v.word(i-1)]):
				l.nominal(v, f, i)
			case f.doers[w]:
				l.doer(v, f, i)
			}
		}
	}
}

// targetIn returns the place an attack's object at j stands in, when the
// object is what a strike hits (targetPlaces) and names no owner: "an oil
// refinery in Novorossiysk", "military bases in Syria", "targets in the
// Ukrainian city of Kharkiv"; else nil. ("Hezbollah positions in Lebanon"
// are Hezbollah's, read by targetOf.) A capital there is the town ("a
// hotel in Mogadishu"), and a sea no target ("a ship in the Red Sea").
func (l *linkRun) targetIn(v *sentenceView, j int) *Mention {
	m := v.placeOfTarget(j)
	if m == nil || l.gaz.Kind(m.Entity) == "water" {
		return nil
	}
	return asTown(m)
}

// asTown returns place m as the town it names, not the government a
// capital stands for: where something was struck.
func asTown(m *Mention) *Mention {
	if m.Type != graph.Location || m.StandsFor == "" {
		return m
	}
	c := *m
	c.StandsFor = ""
	return &c
}

// placeOfTarget is targetIn's reading of the words, the place as the text
// names it.
func (v *sentenceView) placeOfTarget(j int) *Mention {
	k := j
	for n := 0; n < 4 && k < v.s.Last && v.mentionAt(k) == nil && isLowerWord(v.word(k)) && !targetPlaces[v.word(k)]; n++ {
		k++
	}
	if !targetPlaces[v.word(k)] || v.mentionAt(k) != nil || fighterModifiers[v.word(k-1)] {
		return nil // (not "insurgent positions in Fallujah": the insurgents')
	}
	if v.word(k+1) == "housing" || v.word(k+1) == "sheltering" || v.word(k+1) == "hosting" {
		// "struck a building housing Hamas officials in the Qatari
		// capital": past what the target held
		for n := k + 2; n < v.s.Last && n < k+7; n++ {
			if v.word(n) == "in" {
				k = n - 1
				break
			}
			if isVerbTag(v.toks[n].Tag) || v.word(n) == "," {
				break
			}
		}
	}
	if w := v.word(k + 1); w == "and" || w == "," {
		// "police checkpoints and towns in Swat": the last target's place
		n := k + 2
		for n < v.s.Last && n < k+5 && v.mentionAt(n) == nil && isLowerWord(v.word(n)) && !targetPlaces[v.word(n)] {
			n++
		}
		if targetPlaces[v.word(n)] && v.mentionAt(n) == nil {
			k = n
		}
	}
	if w := v.word(k + 1); w != "in" && w != "inside" && w != "across" {
		return nil
	}
	if m := v.placeOfKindAt(k + 2); m != nil {
		return m
	}
	at := k + 2
	if v.word(at) == "the" {
		at++
	}
	if p := v.ownedBy(at, func(p *Mention) bool { return p.Type == graph.Location && p.StandsFor == "" }); p != nil {
		return p // "an oil refinery in Russia's Ryazan region": the region, which is Russia's
	}
	if m := v.mentionAt(at); m != nil && m.First == at && (m.Type == graph.Location || m.Type == graph.Country && m.Kind != "demonym") &&
		!v.possessive(m.Last) && (m.Last >= v.s.Last || !strings.HasPrefix(v.toks[m.Last].Tag, "NN") || !isLowerWord(v.word(m.Last)) ||
		placeKindNouns[v.word(m.Last)]) {
		return m // ("villages in Sagaing region": the region's kind may follow its name)
	}
	return nil
}

// placeOfKindAt returns the place a phrase at k names by its kind first:
// "the Ukrainian city of Kharkiv", "the port of Odesa", "Gaza's town of
// Rafah"; else nil.
func (v *sentenceView) placeOfKindAt(k int) *Mention {
	if v.word(k) == "the" {
		k++
	}
	if n := k; v.mentionAt(n) == nil && (compassWords[v.word(n)] || v.toks[min(n, v.s.Last-1)].Tag == "JJ" && isLowerWord(v.word(n))) {
		if m := v.mentionAt(n + 1); m != nil && m.First == n+1 && actorType(m) == graph.Country {
			k = n + 1 // "the northern Israeli town of Kiryat Shmona"
		}
	}
	if n := k; v.mentionAt(n) == nil && n+1 < v.s.Last && isCap(v.toks[n].Text) && (v.toks[n].Tag == "JJ" || v.toks[n].Tag == "NNP") && placeKindNouns[v.word(n+1)] && v.word(n+2) == "of" {
		k++ // "the Andean town of Pataz": a capitalised adjective no name is
	}
	described := false // a country before the kind: "the Ukrainian city"
	if m := v.mentionAt(k); m != nil && m.First == k && actorType(m) == graph.Country {
		k = m.Last // "the Ukrainian city of"
		if v.possessive(k) {
			k++
		}
		described = true
	}
	for n := 0; n < 2 && k < v.s.Last && v.mentionAt(k) == nil && (compassWords[v.word(k)] || v.toks[k].Tag == "JJ" && isLowerWord(v.word(k))); n++ {
		k++ // "the southern city of", "the strategic port of"
	}
	if !placeKindNouns[v.word(k)] && !(v.word(k) == "department" && compassWords[v.word(k-1)]) {
		return nil // ("the northwestern department of Solola", not "the department of Justice")
	}
	if placeKindNouns[v.word(k+1)] {
		k++ // "the port city"
	}
	if m := v.mentionAt(k + 1); described && m != nil && m.First == k+1 && m.Type == graph.Location {
		return m // "the Yemeni capital Sanaa", "the Ukrainian port city Odesa"
	}
	if v.word(k+1) != "of" {
		return nil
	}
	if m := v.mentionAt(k + 2); m != nil && m.First == k+2 && m.Type == graph.Location {
		return m
	}
	return nil
}

// fatalHarm reports whether the harm the verb at i tells killed: "shot
// ... dead", "shot and killed", "shot Lincoln, who died the next
// morning". The killing family reads such a shot; the wounding family
// reads the others.
func fatalHarm(v *sentenceView, i int) bool {
	return fatalShot(v, i) || deathAfter(v, i)
}

// deathAfter reports whether the clause of the verb at i, or a relative
// clause on its object, tells the victim's death: "stabbed to death",
// "shot and killed", "shot Tom Gray, who later died" (not "shot Tom
// Jones and beat his brother", "shot Tom Jones and killed Bill Jones",
// "shot Tom Hill over a death threat", "shot Oswald, the assassin of
// Kennedy", "shot Ahmed Khan, who had mortally wounded a guard").
func deathAfter(v *sentenceView, i int) bool {
	for k := i + 1; k < v.s.Last && k <= i+10; k++ {
		switch w := v.word(k); {
		case w == "death":
			if v.word(k-1) == "to" {
				return true // (not "a death threat", "the death toll")
			}
		case deathWords[w]:
			return true
		case w == "and":
			return k == i+1 && killVerbs[v.word(k+1)] // ("shot and killed", not "shot Tom Jones and killed Bill Jones")
		case w == "," && v.word(k+1) != "who", w == ";", w == "but":
			return false
		}
	}
	return false
}

// deathWords tell that someone died; killVerbs that someone killed.
var (
	deathWords = set("died", "dies", "dead", "death")
	killVerbs  = set("killed", "killing", "murdered", "assassinated", "slew")
)

// clauseEnd returns where the clause of the verb at i ends: at a comma,
// a semicolon or a word opening another clause ("after", "who"), else
// at the sentence's end.
func (v *sentenceView) clauseEnd(i int) int {
	k := i + 1
	for k < v.s.Last && v.word(k) != "," && v.word(k) != ";" && !clauseOpeners[v.word(k)] {
		k++
	}
	return k
}

// accidentWords tell a harm no one meant.
var accidentWords = set("accident", "accidentally", "accidental", "mistakenly", "inadvertently", "stray")

// fatalShot reports whether "shot" at i tells a killing: "fatally shot",
// "shot ... dead", "shot ... to death", "shot and killed" (the killing
// verb itself reads that one). One can be shot and live.
func fatalShot(v *sentenceView, i int) bool {
	if fatalAdverbs[v.word(i-1)] || mortallyWounded(v, i) {
		return true
	}
	for k := i + 1; k < v.s.Last && k <= i+8; k++ {
		switch w := v.word(k); {
		case w == "dead" || w == "death" && v.word(k-1) == "to":
			return true
		case w == "," || w == "and" || isVerbTag(v.toks[k].Tag) && v.mentionAt(k) == nil:
			return false
		}
	}
	return false
}

// otherPersonBefore returns the one person the sentence names before the
// verb at i besides its subjects, for an object pronoun after the verb to
// stand for; nil when there are none or several.
func otherPersonBefore(v *sentenceView, i int, subj []*Mention) *Mention {
	var found *Mention
	for _, m := range v.ms {
		if m.Type != graph.Person || m.Last > i || slices.Contains(subj, m) {
			continue
		}
		if found != nil && found.Entity != m.Entity {
			return nil
		}
		found = m
	}
	if found == nil {
		return nil
	}
	// The one named must be an object itself, after a verb or a
	// preposition ("remembering President Kennedy"): a subject who speaks
	// or acts ("Prime Minister Nawaz Sharif visited ..., whose bodyguard
	// killed him") is not whom the pronoun means.
	k := found.First - 1
	for k > v.s.First && (v.titleWordAt(k) || v.mentionAt(k) != nil && v.mentionAt(k).Type != graph.Person) {
		if m := v.mentionAt(k); m != nil {
			k = m.First
		}
		k--
	}
	if k < v.s.First || !isVerbTag(v.toks[k].Tag) && v.toks[k].Tag != "IN" || found.Last < v.s.Last && isVerbTag(v.toks[found.Last].Tag) {
		return nil
	}
	return found
}

// participleSubject returns the subject of the clause a participle set
// off by a comma at i goes on: "X seized power in a coup on Tuesday,
// ousting Prime Minister Y" (X). Nil when the word at i is no such
// participle or no finite verb stands before it.
func (l *linkRun) participleSubject(v *sentenceView, i int) []*Mention {
	if v.word(i-1) != "," || !strings.HasSuffix(v.word(i), "ing") {
		return nil
	}
	if k := v.finiteVerbBefore(i - 1); k > 0 {
		return l.subjectOf(v, k)
	}
	return nil
}

// finiteVerbBefore returns the last finite verb before token i, or 0.
func (v *sentenceView) finiteVerbBefore(i int) int {
	for k := i - 1; k > v.s.First; k-- {
		if t := v.toks[k].Tag; (t == "VBD" || t == "VBZ" || t == "VBP") && v.mentionAt(k) == nil {
			return k
		}
	}
	return 0
}

// attackClauseBefore reports whether the clause before the comma at i-1
// is told by an active verb of attack: "Russian forces attacked Kharkiv
// on Sunday, killing ..." (not "Haniyeh was assassinated in Tehran,
// killing his bodyguard", "a plane crashed, killing", "stepped on a mine,
// killing": a victim or an accident is no killer).
func (v *sentenceView) attackClauseBefore(i int) bool {
	k := v.finiteVerbBefore(i - 1)
	return k > 0 && clauseAttackVerbs[v.word(k)] && !isPassiveAux(v.word(k-1))
}

// clauseAttackVerbs attack: what a participle of killing after them tells
// is the attackers' doing.
var clauseAttackVerbs = set("attacked", "attacks", "stormed", "storms", "struck", "strikes", "bombed", "bombs", "shelled", "shells",
	"raided", "raids", "ambushed", "ambushes", "fired", "fires", "opened", "opens", "targeted", "targets", "hit", "hits", "assaulted", "detonated")

// facilityNoun reports whether the words at k name the kind of site a
// name before them is: "air base", "dam", "airport"; the phrase must end
// there ("the Kakhovka dam", not "the Kakhovka dam operators").
func facilityNoun(v *sentenceView, k int) bool {
	n := k
	if v.word(n) == "air" || v.word(n) == "military" || v.word(n) == "naval" || v.word(n) == "nuclear" {
		n++
	}
	if !siteNouns[v.word(n)] {
		return false
	}
	return n+1 >= v.s.Last || !strings.HasPrefix(v.toks[n+1].Tag, "NN") || v.mentionAt(n+1) != nil
}

// siteNouns are kinds of site an attack strikes.
var siteNouns = set("base", "airbase", "airport", "airfield", "dam", "port", "refinery", "plant", "facility", "bridge", "station", "barracks")

// mortallyWounded reports whether the shot at i is said to have wounded
// mortally further on in its clause: "Booth shot Lincoln during the third
// act, mortally wounding him", "was shot by Sirhan Sirhan and mortally
// wounded".
func mortallyWounded(v *sentenceView, i int) bool {
	for k := i + 1; k+1 < v.s.Last && k <= i+15; k++ {
		switch w := v.word(k); {
		case fatalAdverbs[w]:
			// the shot's own clause goes on: ", mortally wounding him", "and
			// mortally wounded"
			if p := v.word(k - 1); p != "," && p != "and" {
				return false
			}
			n := v.word(k + 1)
			if n == "wounding" || n == "injuring" {
				o := v.word(k + 2)
				return o == "him" || o == "her" || o == "them"
			}
			o := v.word(k + 2)
			return (n == "wounded" || n == "injured") && v.word(k-1) == "and" && v.mentionAt(k+2) == nil && o != "his" && o != "her" && o != "their" && o != "a" && o != "an" && o != "the" // (not "and mortally wounded his commander": another man)
		case w == ";" || w == "but" || w == "shot" || w == "shooting" || killWords[w] || clauseOpeners[w]:
			return false // "who had mortally wounded a guard", "before police mortally wounded Khan": another's wound
		}
	}
	return false
}

// clauseOpeners open a clause of their own, whose wound is not the shot's.
var clauseOpeners = set("who", "whom", "which", "that", "before", "after", "when", "while", "until", "then", "as", "because", "whose")

// onlyVerb reports whether a word, as written, is a relation verb that is
// never its noun ("supports", "attacked"): right after a name it is the
// verb, whatever the part-of-speech tagger says ("the alliance
// supports/NNS").
func onlyVerb(w string) bool { return onlyVerbs[w] || belongVerbs[w] } // lower case only: "U.N. AIDS chief" is no verb

// onlyVerbs are the verbs of the families that are not also nouns of them.
var onlyVerbs = func() map[string]bool {
	out := make(map[string]bool)
	for fi := range verbFamilies {
		f := &verbFamilies[fi]
		for w := range f.verbs {
			if _, seen := out[w]; !seen {
				out[w] = !f.nouns[w] // the first family that has the verb decides
			}
		}
	}
	return out
}()

// ownsPersonNoun reports whether the name ending before k owns a person
// the sentence does not name: "Russia backed Mr. Yushchenko's opponent",
// "killed the president's son". What the name owns otherwise ("endorsed
// Mr. Flores' candidacy", "attacked Ukraine's ports") is the name's.
func (v *sentenceView) ownsPersonNoun(k int) bool {
	if !v.possessive(k) {
		return false
	}
	for j := k + 1; j < v.s.Last && j <= k+3; j++ {
		if relativeNouns[v.word(j)] {
			return true
		}
		if t := v.toks[j].Tag; t != "JJ" && t != "VBN" && t != "NN" && t != "NNS" {
			return false
		}
	}
	return false
}

// relativeNouns name a person by their tie to another: "his opponent",
// "the king's son".
var relativeNouns = set("opponent", "opponents", "rival", "rivals", "challenger", "challengers", "critic", "critics",
	"enemy", "enemies", "foe", "foes", "killer", "killers", "assassin", "successor", "predecessor", "wife", "husband",
	"son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "father", "mother", "widow",
	"widower", "family", "relatives", "bodyguard", "bodyguards", "aide", "aides", "supporters", "allies", "ally",
	"envoy", "spokesman", "spokeswoman", "lawyer", "lawyers", "deputy", "nephew", "niece", "uncle", "children")

func isPassiveAux(w string) bool {
	switch w {
	case "was", "were", "is", "are", "been", "being", "be", "got", "get":
		return true
	}
	return false
}

func isVerbTag(tag string) bool { return strings.HasPrefix(tag, "VB") }

func (f *verbFamily) objectOK(m *Mention) bool {
	if f.objTypes == nil {
		return true
	}
	for _, t := range f.objTypes {
		if actorType(m) == t {
			return true
		}
	}
	return false
}

// active: "Russia attacked Ukraine", "X, who assassinated Y", "Belarus backs
// the Kremlin", "Minsk has strongly backed its ally Moscow".
func (l *linkRun) active(v *sentenceView, f *verbFamily, i int) {
	if f.rel == graph.Opposes && foughtVerbs[v.word(i)] && (v.word(i+1) == "alongside" || v.word(i+1) == "for") {
		l.foughtBeside(v, i)
		return
	}
	subj := l.subjectOf(v, i)
	if len(subj) == 0 && (f.rel == graph.Attacked || f.rel == graph.Killed || f.rel == graph.Opposes && foughtVerbs[v.word(i)]) {
		subj = v.forcesBefore(v.subjectEnd(i)) // "Russian forces attacked Kharkiv": Russia did; "Sudan's army has been fighting the RSF"
		if k := v.setOffStart(v.subjectEnd(i)); len(subj) == 0 && k > 0 {
			subj = v.forcesBefore(k) // "M23 rebels, backed by Rwanda, captured Goma"
		}
	}
	if len(subj) == 0 && f.rel == graph.Killed && v.word(i) == "killing" && v.word(i-1) == "," {
		if subj = l.participleSubject(v, i); len(subj) == 0 {
			if k := v.finiteVerbBefore(i - 1); k > 0 {
				subj = v.forcesBefore(v.subjectEnd(k)) // "Russian forces attacked Kharkiv, killing X"
			}
		}
	}
	shooter := false
	if len(subj) == 0 && f.rel == graph.Killed {
		subj = l.shooterOf(v, i) // "Oswald fired the shots that killed him"
		shooter = len(subj) > 0
	}
	if end := v.subjectEnd(i); len(subj) == 0 && v.word(end-1) == "and" && end-2 > v.s.First &&
		(isVerbTag(v.toks[end-2].Tag) || f.verbs[v.word(end-2)]) {
		subj = l.subjectOf(v, end-2) // "Ruby shot and killed Oswald": the first verb's subject
		if len(subj) == 0 && (f.rel == graph.Attacked || f.rel == graph.Killed) {
			subj = v.forcesBefore(v.subjectEnd(end - 2)) // "Taliban militants kidnapped and killed X"
		}
	}
	if len(subj) == 0 && isVerbTag(v.toks[i].Tag) {
		subj = l.sharedVerbSubject(v, i) // "Estonia expelled a Russian diplomat and accused Moscow of ..."
	}
	if len(subj) == 0 && f.rel == graph.Opposes && ousterVerbs[v.word(i)] {
		// "Bainimarama seized power in a coup on Tuesday, ousting Prime
		// Minister Laisenia Qarase"
		subj = l.participleSubject(v, i)
	}
	if len(subj) == 0 {
		return
	}
	j := i + 1
	if v.word(j) == "out" && f.preps[v.word(j+1)] {
		j++ // "lashed out at Israel"
	}
	if f.rel == graph.Founded && v.word(j) == "up" {
		j++ // "set up the Al-Qadir Trust"
	}
	if w := v.word(j); f.rel == graph.NegotiatesWith && (w == "for" || w == "secretly" || w == "directly" || w == "the" || w == "a" || w == "an") {
		// "negotiated for more than a year with Baradar", "negotiated the
		// end of apartheid with de Klerk": a span of time, a manner or
		// what was negotiated before the partner
		for k := j + 1; k < v.s.Last && k <= j+6; k++ {
			if v.word(k) == "with" {
				if m := v.mentionAt(k + 1); m == nil || !v.possessive(m.Last) {
					j = k // (not "negotiated the deal with Putin's blessing")
				}
				break
			}
			if v.mentionAt(k) != nil || isVerbTag(v.toks[k].Tag) || !isWord(v.toks[k].Text) {
				break
			}
		}
	}
	if f.preps[v.word(j)] {
		j++
	}
	if f.seizes && v.word(j) == "control" && v.word(j+1) == "of" {
		j += 2 // "the Taliban seized control of Kabul"
	}
	oj := v.skipModifiers(j) // where the object starts
	if w := v.word(j); f.rel == graph.Founded && v.mentionAt(oj) == nil && (w == "the" || w == "a" || w == "an") {
		oj = v.namedAfterKind(oj) // "founded the mobile-lending startup PesaNow"
	}
	objs, _ := v.listAt(oj)
	if d := v.mentionAt(oj); d != nil && d.First == oj && d.Kind == "demonym" && (len(objs) == 0 || len(objs) == 1 && objs[0] == d) {
		if h := v.headMentionAt(oj); h != nil && h != d && (h.Type == graph.Person || h.Type == graph.Org) {
			objs = []*Mention{h} // "blacklisted Chinese telecom giant Huawei", "sanctioned Russian oligarch Oleg Deripaska"
			if list, _ := v.listAt(h.First); len(list) > 1 && list[0] == h && bodyHead(v.word(h.First-1)) && strings.HasSuffix(v.word(h.First-1), "s") {
				objs = list // "sanctioned Russian oil giants Rosneft and Lukoil"
			}
		}
	}
	if len(objs) == 0 {
		// "sanctioned 20 Russian individuals, including Alexei Miller":
		// the ones the object's description names
		for k := oj; k+2 < v.s.Last && k < oj+6; k++ {
			if m := v.mentionAt(k); m != nil && m.Kind != "demonym" || isVerbTag(v.toks[k].Tag) {
				break
			}
			if v.word(k) == "," && v.word(k+1) == "including" && k > oj {
				if p := v.describedPersonAt(k + 2); p != nil {
					objs = []*Mention{p} // "executed 47 people, including prominent Shi'ite cleric Nimr al-Nimr"
				} else {
					objs, _ = v.listAt(v.skipModifiers(k + 2))
				}
				break
			}
		}
	}
	if k := oj; len(objs) == 0 {
		if m := v.mentionAt(k); m != nil && m.First == k && m.Type == graph.Org && m.StandsFor == "" && !v.possessive(m.Last+1) &&
			(genericOrgNouns[v.word(m.Last)] || fighterNouns[v.word(m.Last)] && v.word(m.Last) != "targets" ||
				f.rel == graph.Founded && isLowerWord(v.word(m.Last)) && (pactNouns[v.word(m.Last+1)] || pactNouns[v.word(m.Last)])) {
			objs = []*Mention{m} // "founded the Pakistan Tehreek-e-Insaf party", "backs the M23 rebels", "founded the AUKUS security pact": the name and its kind
		}
	}
	if k := oj; len(objs) == 0 && (f.rel == graph.Opposes || f.rel == graph.Supports || f.rel == graph.Sanctions) && ruleBodies[v.word(k)] && v.word(k+1) == "of" {
		// "opposed the government of President Dina Boluarte", "backs the
		// regime of Bashar al-Assad": the ruler or state whose it is
		if m := v.headMentionAt(k + 2); m != nil && (m.Type == graph.Person || actorType(m) == graph.Country && m.Kind != "demonym") {
			objs = []*Mention{m}
		}
	}
	if k := oj; len(objs) == 0 && f.rel == graph.Opposes && v.word(k) == "presence" && v.word(k+1) == "of" {
		// "opposes the presence of French troops": the state whose troops
		if fs, _ := v.forcesAt(k + 2); len(fs) == 1 {
			objs = fs
		}
	}
	if m := v.mentionAt(oj); len(objs) == 0 && f.rel == graph.Attacked && m != nil && m.First == oj && m.Type == graph.Location && m.StandsFor == "" &&
		(areaNouns[v.word(m.Last)] || settlementNouns[v.word(m.Last)]) && !v.possessive(m.Last+1) && (m.Last+1 >= v.s.Last || !strings.HasPrefix(v.toks[m.Last+1].Tag, "NN") || v.mentionAt(m.Last+1) != nil) {
		objs = []*Mention{m} // "Turkish jets hit the Hakurk region Wednesday": the place named with its kind
	}
	if d := v.mentionAt(oj); len(objs) == 0 && f.rel == graph.Attacked && d != nil && d.First == oj && d.Kind == "demonym" {
		// "Israeli jets struck Iranian nuclear sites": the state whose
		// sites, bases or forces they are
		k := d.Last
		for k < v.s.Last && k < d.Last+3 && v.mentionAt(k) == nil && isLowerWord(v.toks[k].Text) && !struckNouns[v.word(k)] {
			if w := v.word(k); fighterModifiers[w] || causeAdjectives[w] || strings.HasSuffix(w, "-held") || strings.HasSuffix(w, "-backed") || strings.HasSuffix(w, "-controlled") {
				k = v.s.Last // "Syrian rebel positions", "opposition-held towns": the state's enemies'
				break
			}
			k++
		}
		if struckNouns[v.word(k)] && v.mentionAt(k) == nil {
			objs = []*Mention{d}
		}
	}
	if k := oj; len(objs) == 0 && f.rel == graph.Attacked && (struckNouns[v.word(k)] || v.word(k) == "camps" || v.word(k) == "hideouts") && v.word(k+1) == "in" {
		// "Israeli aircraft struck targets in southern Lebanon": where they are
		q := k + 2
		if compassWords[v.word(q)] {
			q++
		}
		// (a country only, and not its fighters' targets: "U.S. forces
		// pounded insurgent positions in Fallujah" is no attack on the town)
		if m := v.mentionAt(q); m != nil && m.First == q && actorType(m) == graph.Country && m.Kind != "demonym" && !v.possessive(m.Last) && !fighterModifiers[v.word(k-1)] {
			objs = []*Mention{m}
		}
	}
	if k := oj; len(objs) == 0 && f.rel == graph.Attacked && (struckNouns[v.word(k)] || ownedTargets[v.word(k)]) && v.word(k+1) == "of" {
		// "bombed positions of the Tehrik-e-Taliban Pakistan", "struck
		// camps of the Lashkar-e-Taiba group", "attacked a convoy of the
		// Frontier Corps": whose they are
		if m := v.headMentionAt(v.skipModifiers(k + 2)); m != nil && m.Type == graph.Org && m.StandsFor == "" && !v.possessive(m.Last) {
			objs = []*Mention{m}
		}
	}
	if k := oj; len(objs) == 0 && (f.rel == graph.Opposes || f.rel == graph.Sanctions) {
		if m := v.mentionAt(k); m != nil && m.First == k && actorType(m) == graph.Country && (stateNouns[v.word(m.Last)] || v.word(m.Last) == "state") && !(m.Last+1 < v.s.Last && modifiesNext(v.toks[m.Last+1])) {
			objs = []*Mention{m} // "accused the British military of", "criticized the Iranian government", "fought the Turkish state": the state
		}
	}
	if m := v.mentionAt(j); len(objs) == 0 && f.rel == graph.Opposes && m != nil && isActor(m) && v.possessive(m.Last) && !bidNouns[v.word(v.skipModifiers(m.Last+1))] {
		objs = []*Mention{m} // "France condemned Russia's annexation of Crimea" (not "opposes Ukraine's bid to join NATO": the bid, not Ukraine)
	}
	if m := v.mentionAt(j + 1); len(objs) == 0 && f.rel == graph.Opposes && v.word(j) == "the" && m != nil && m.First == j+1 && m.Kind == "description" &&
		actorType(m) == graph.Country && v.possessive(m.Last) {
		objs = []*Mention{m} // "criticized the Bush administration's rationale for the war"
	}
	if k := j + 1; len(objs) == 0 && f.rel == graph.Opposes && v.word(j) == "the" {
		if m := v.mentionAt(k); m != nil && m.First == k && isActor(m) && verbFamilies[0].nouns[v.word(m.Last)] {
			objs = []*Mention{m} // "Washington condemned the Houthi attacks on shipping", "the Russian invasion"
		}
	}
	if len(objs) == 0 && f.rel == graph.NegotiatesWith && len(subj) >= 2 {
		// "Israel and Hamas are negotiating a ceasefire"
		for a := 0; a < len(subj); a++ {
			for b := a + 1; b < len(subj); b++ {
				l.emitM(v, f.rel, subj[a], subj[b], 0.8, string(f.rel)+"-verb", subj[len(subj)-1].Last, i+1)
			}
		}
		return
	}
	if w := v.word(j); len(objs) == 0 && f.rel == graph.Killed && (w == "a" || w == "an") {
		// "killed a pro-government tribal elder, Maulana Abdul Haleem": the
		// one the description sets off
		k := j + 1
		for k < v.s.Last && k < j+6 && v.mentionAt(k) == nil && isLowerWord(v.word(k)) {
			k++
		}
		if p := v.styledPersonAt(k + 1); k > j+1 && v.word(k) == "," && p != nil {
			objs = []*Mention{p}
		}
	}
	if w := v.word(oj); len(objs) == 0 && f.rel == graph.Killed && shooter && (w == "him" || w == "her") {
		if p := otherPersonBefore(v, i, subj); p != nil {
			objs = []*Mention{p} // "remembering President Kennedy ... where Oswald fired the shots that killed him"
		} else if !slices.ContainsFunc(v.ms, func(m *Mention) bool { return m.Type == graph.Person && !slices.Contains(subj, m) }) {
			// "Kennedy rode through Dallas. Oswald fired the shots that
			// killed him": the one person the sentence before is about,
			// when the sentence names none but the shooter
			other := otherGender(map[string]string{"him": "he", "her": "she"}[w])
			if p := l.previousSentenceActor(v, func(m *Mention) bool {
				return m.Type == graph.Person && l.gender[m.Entity] != other && !slices.ContainsFunc(subj, func(s *Mention) bool { return s.Entity == m.Entity })
			}); p != nil && !l.otherPersonIn(p, nil) {
				objs = []*Mention{p}
			}
		}
	}
	if k := oj; len(objs) == 0 && (f.rel == graph.Attacked || f.rel == graph.Opposes) && fighterNouns[v.word(k)] && v.word(k+1) == "of" && !pastMembers(v, k-1) {
		if v.word(k+2) == "the" {
			k++
		}
		if m := v.mentionAt(k + 2); m != nil && m.First == k+2 && m.Type == graph.Org && m.StandsFor == "" {
			objs = []*Mention{m} // "attacked Islamist fighters of Ansar Dine": the group whose fighters they are
		}
	}
	if len(objs) == 0 && f.rel == graph.Attacked {
		if m := v.placeOfKindAt(oj); m != nil {
			objs = []*Mention{m} // "shelled the Ukrainian city of Kharkiv"
		}
	}
	at := j
	if w := v.word(at); amountWords[w] && v.word(at+1) == "of" {
		at += 2 // "struck dozens of Syrian military sites"
	}
	if w := v.word(at); w == "a" || w == "an" || w == "the" {
		at++ // "attacked an African Union base"
	}
	if m := v.mentionAt(at); len(objs) == 0 && f.rel == graph.Attacked && m != nil && m.First == at && v.targetOf(m) {
		objs = []*Mention{m} // "shelled Ukrainian positions": Ukraine's
	}
	if m := v.mentionAt(oj); len(objs) == 0 && f.rel == graph.Attacked && !f.named && m != nil && m.First == oj && v.possessive(m.Last) &&
		(actorType(m) == graph.Country && m.Kind != "demonym" || m.Type == graph.Org && m.StandsFor == "") {
		objs = []*Mention{m} // "Russia pummeled Ukraine's power grid": what a state owns is hit in its name
	}
	if m := v.mentionAt(oj); len(objs) == 0 && (f.rel == graph.Opposes || f.rel == graph.Supports) && m != nil && m.First == oj &&
		v.possessive(m.Last) && isActor(m) && m.Kind != "demonym" &&
		(f.rel == graph.Supports && stanceObjects[v.word(v.skipNounModifiers(m.Last+1))] || hostileActs[v.word(v.skipNounModifiers(m.Last+1))]) {
		// "France backed Morocco's autonomy plan": the owner's cause;
		// "condemned Russia's invasion": the owner's act (but opposing
		// "Ukraine's bid to join NATO" is no hostility to Ukraine)
		objs = []*Mention{m}
	}
	if m := v.mentionAt(oj); len(objs) == 0 && f.rel == graph.Opposes && m != nil && m.First == oj && !v.possessive(m.Last) &&
		(actorType(m) == graph.Country || m.Type == graph.Org && m.StandsFor == "") && hostileActs[v.word(m.Last)] {
		objs = []*Mention{m} // "condemned the U.S. embargo", "denounced the Israeli blockade": the state whose act it is
	}
	if len(objs) == 0 && f.rel == graph.Attacked {
		if m := l.targetIn(v, j); m != nil {
			objs = []*Mention{m} // "struck an oil refinery in the Russian city of Novorossiysk"
		}
	}
	if k := oj; len(objs) == 0 && f.rel == graph.Attacked {
		// "Russia bombed Aleppo": a town is attacked too, when it is the
		// object itself, not a modifier ("struck Gaza City targets").
		if m := v.mentionAt(k); m != nil && m.First == k && m.Type == graph.Location &&
			(m.Last >= v.s.Last || (!strings.HasPrefix(v.toks[m.Last].Tag, "NN") || timeWords[v.word(m.Last)]) && !isPossessive(v.word(m.Last)) && v.mentionAt(m.Last) == nil ||
				facilityNoun(v, m.Last)) { // ("struck the Ain al-Asad air base", "bombed the Kakhovka dam": the site the name names)
			objs = []*Mention{m}
			for w := v.word(m.Last); w == "and" || w == ","; w = v.word(m.Last) {
				n := v.mentionAt(m.Last + 1)
				if n == nil || n.Type != graph.Location {
					break
				}
				objs, m = append(objs, n), n // "bombed Kharkiv and Odesa"
			}
		}
	}
	if p := v.word(i - 1); len(objs) == 0 && f.rel == graph.Founded && (p == "he" || p == "she" || p == "they") &&
		(v.word(i-2) == "which" || v.word(i-2) == "that") && v.word(i-3) == "," {
		if o := v.mentionAt(i - 4); o != nil && o.Type == graph.Org && o.StandsFor == "" && o.Last == i-3 {
			objs = []*Mention{o} // "Alexei Navalny's Anti-Corruption Foundation, which he founded in 2011,"
		}
	}
	if w := v.word(j); len(objs) == 0 && len(subj) > 0 && f.rel == graph.Opposes && (w == "it" || w == "them") {
		// "was prepared to negotiate with Israel but accused it of
		// stalling": the body or state named last before, not the subject
		// (only when one such is named: in "Hamas said it was ready to
		// talk with Israel, but Qatar accused it" "it" is Hamas)
		var cands []*Mention
		for _, m := range v.ms {
			if m.Last <= j && (actorType(m) == graph.Country || m.Type == graph.Org && m.StandsFor == "") && !slices.Contains(subj, m) && m.Actor() != subj[0].Actor() &&
				!slices.ContainsFunc(cands, func(c *Mention) bool { return c.Actor() == m.Actor() }) {
				cands = append(cands, m)
			}
		}
		if len(cands) == 1 {
			objs = cands
		}
	}
	if len(objs) == 0 && len(subj) == 1 {
		// "Kyiv, which Moscow attacked in February": the object stands
		// before the relative pronoun that opens the clause.
		if k := subj[0].First - 1; k > v.s.First+1 && (v.word(k) == "which" || v.word(k) == "whom" || v.word(k) == "that") && v.word(k-1) == "," {
			if o := v.mentionAt(k - 2); o != nil && isActor(o) {
				objs = []*Mention{o}
			}
		}
	}
	if m := v.mentionAt(oj); m != nil && len(objs) <= 1 {
		// "killed University of Texas tower sniper Charles Whitman": the
		// person a body's title names, not the body; "killed John F.
		// Kennedy assassin Lee Harvey Oswald": the assassin.
		if k := v.nounsBeforeName(m.Last); k > m.Last {
			objs = []*Mention{v.mentionAt(k)}
		}
	}
	for _, o := range objs {
		if !f.objectOK(o) || v.ownsPersonNoun(o.Last) {
			continue
		}
		if f.rel == graph.Attacked && o.Type == graph.Person && v.possessive(o.Last) {
			continue // "Israeli forces raided Shaer's home": the house, and an arrest
		}
		if f.rel == graph.Opposes && foughtVerbs[v.word(i)] && (o.Type == graph.Person || v.sportsTalk()) {
			continue // "Spain fought Italy to a 1-1 draw": a game; "Lovato fought Wayne Hughes in a parking structure": a brawl
		}
		if f.rel == graph.Opposes && ousterVerbs[v.word(i)] && (v.sportsTalk() || !l.ruler(v, o)) {
			continue // "Murray ousted third-seeded American Ginepri": a match; "The SEC deposed Elon Musk": a deposition
		}
		for _, s := range subj {
			if f.named && o.Type == graph.Location && o.StandsFor != "" {
				// "The Taliban seized Kabul": the city taken, not the
				// government it stands for elsewhere
				l.emit(v, f.rel, s.Actor(), o.Entity, actorType(s), graph.Location, 0.85, string(f.rel)+"-verb", "", min(s.Last, i), o.First)
				continue
			}
			l.emitM(v, f.rel, s, o, 0.85, string(f.rel)+"-verb", min(s.Last, i), o.First)
		}
	}
	if o := v.mentionAt(oj); f.rel == graph.Founded && len(objs) == 1 && o == objs[0] && v.word(o.Last) == "with" {
		// "Bill Gates co-founded Microsoft with Paul Allen": the partner founded it too
		if p := v.mentionAt(o.Last + 1); p != nil && p.Type == graph.Person && !v.possessive(p.Last) {
			l.emitM(v, f.rel, p, o, 0.8, string(f.rel)+"-verb", o.Last, p.Last)
		}
	}
	if len(objs) == 1 {
		// "co-founded the National Organization for Women in 1966 and the
		// National Political Women's Caucus in 1971": each dated by its own year
		for _, o := range v.moreJoined(objs[0]) {
			if !f.objectOK(o) {
				continue
			}
			for _, s := range subj {
				l.emitM(v, f.rel, s, o, 0.85, string(f.rel)+"-verb", o.First, o.Last)
			}
		}
	}
}

// passive: "Lincoln was assassinated by Booth", "Ukraine is backed by the West".
func (l *linkRun) passive(v *sentenceView, f *verbFamily, i int) {
	by := i + 1
	if strings.HasSuffix(v.word(by), "ly") && v.word(by+1) == "by" {
		by++ // "has been targeted repeatedly by the Islamic State Sahel Province"
	}
	if f.rel == graph.Killed && v.word(i) == "shot" {
		if v.word(by) == "dead" {
			by++ // "was shot dead by"
		} else if v.word(by) == "to" && v.word(by+1) == "death" {
			by += 2
		}
	}
	ordered := false // "was murdered on the orders of Francisco Pizarro": who ordered it killed
	if f.rel == graph.Killed {
		if k := ordersOf(v, by); k > 0 {
			by, ordered = k, true
		}
	}
	for n := 0; n < 2 && !ordered; n++ {
		// "Hamas was founded in 1987 by Sheikh Ahmed Yassin", "was shot
		// dead in Nara in July 2022 by Tetsuya Yamagami": where and when
		// before the agent
		d := v.mentionAt(by + 1)
		if w := v.word(by); w != "in" && w != "on" || d == nil || d.First != by+1 ||
			d.Type != graph.Date && (d.Type != graph.Location || v.word(d.Last) != "in" && v.word(d.Last) != "on") {
			break
		}
		by = d.Last
	}
	skipped := false // circumstances stand before "by": only a person kills then
	farBy := false   // and after a comma, a person named without an article ("by the Lincoln Memorial" is where)
	if f.rel == graph.Killed && v.word(by) != "by" && !ordered {
		// "was assassinated at a campaign rally in Tijuana in March 1994
		// by Mario Aburto", "was shot dead outside his home in 1993 by",
		// "in June 1992 while giving a speech in Annaba by": the
		// circumstances, then the killer
		for k := by; k < v.s.Last && k < by+16; k++ {
			if v.word(k) == "by" {
				by, skipped = k, true
				break
			}
			m := v.mentionAt(k)
			if m != nil && circumstance(m) && m.Last > k+1 {
				k = m.Last - 1 // "on Dec. 8, 1980, by": a date's own commas
				continue
			}
			if m != nil && m.First == k && nameModifies(v, m) {
				k = m.Last - 1 // "outside his Upper West Side home": where, whatever the tagger calls the name
				continue
			}
			q := v.mentionAt(k + 1)
			if w := v.word(k + 1); q == nil && (w == "on" || w == "in" || w == "at") {
				q = v.mentionAt(k + 2)
			}
			if p := v.mentionAt(k - 1); v.word(k) == "," && p != nil && q != nil && circumstance(p) && circumstance(q) {
				farBy = true
				continue // "in Memphis, Tennessee, on April 4, 1968, by"
			}
			if v.word(k) == "," && v.word(k+1) == "by" {
				farBy = true
				continue // "was murdered outside his home on Dec. 8, 1980, by Mark David Chapman"
			}
			if !isWord(v.toks[k].Text) && v.toks[k].Tag != "CD" || isVerbTag(v.toks[k].Tag) && v.toks[k].Tag != "VBG" ||
				m != nil && !circumstance(m) ||
				agentNouns[v.word(k)] && v.word(k+1) == "by" || v.word(k) == "according" {
				break // "hours after a speech by Mohamed Morsi": the speech's
			}
		}
	}
	var agents []*Mention
	end := by
	switch {
	case v.word(by) == "by" || ordered:
		agents, end = v.listAt(v.skipModifiers(by + 1))
	case (f.rel == graph.Killed || f.rel == graph.Attacked) && v.word(by) == "in" && (v.word(by+1) == "a" || v.word(by+1) == "an"):
		// "Zarqawi was killed in a U.S. airstrike", "killed in an Israeli
		// raid": the state or body whose strike it was
		k := by + 2
		if m := v.mentionAt(k); m != nil && m.First == k && (actorType(m) == graph.Country || m.Type == graph.Org && m.StandsFor == "") {
			n := m.Last
			for n < v.s.Last && n < m.Last+2 && (forceModifiers[v.word(n)] || v.word(n) == "military") {
				n++
			}
			if strikeNouns[v.word(n)] || v.word(n) == "attack" || v.word(n) == "ambush" || v.word(n) == "operation" {
				agents, end = []*Mention{m}, n+1
			}
		}
	}
	if k := v.skipModifiers(by + 1); len(agents) == 0 && v.word(by) == "by" {
		if m := v.mentionAt(k); m != nil && m.First == k && actorType(m) == graph.Country && stateNouns[v.word(m.Last)] {
			agents, end = []*Mention{m}, m.Last+1 // "criticised by the Ethiopian government"
		}
	}
	if len(agents) == 0 && v.word(by) == "by" {
		at := v.skipModifiers(by + 1)
		if v.word(by+1) == "members" && (f.rel == graph.Killed || f.rel == graph.Attacked) {
			at = by + 1 // "by members of the Los Choneros gang" (not "founded by members of the IRA": breakaways)
		}
		agents, end = v.forcesAt(at) // "killed by Taliban militants", "by troops from Chad"
	}
	if len(agents) == 0 || v.possessive(end) {
		return // "founded by Kim Jong-il's father": the father's doing
	}
	if ordered && (len(agents) != 1 || agents[0].Type != graph.Person) {
		return // a person gives the order ("on the orders of the junta" names no killer)
	}
	if skipped && (len(agents) != 1 || agents[0].Type != graph.Person && (agents[0].Type != graph.Org || agents[0].StandsFor != "")) {
		return // "was shot dead on a bridge by the Kremlin": beside it
	}
	if farBy && (agents[0].Type != graph.Person || v.word(by+1) == "the") {
		return // "was shot dead on a park bench on Dec. 8, 1980, by the Washington Monument"
	}
	aux := i - 1
	if v.word(aux) == "and" {
		if k := v.passiveAuxBefore(aux); k > 0 {
			aux = k + 1 // the first participle's auxiliary
		}
	}
	aux = v.auxStart(aux)
	patients := l.subjectOf(v, aux)
	if p := v.mentionAt(aux - 1); len(patients) == 0 && p != nil && p.Type == graph.Location && p.StandsFor == "" && (slices.Contains(f.objTypes, graph.Location) || f.rel == graph.Attacked) {
		// ("Kharkiv was pummeled by Russian missiles")
		patients = []*Mention{p} // "Crimea was annexed by Russia": a place, which is no actor
	}
	if v.word(i-1) == "," {
		// A participle after a comma qualifies the name before it.
		patients = v.listBefore(i - 1) // "Britain, France and Germany, backed by the United States,"
		if len(patients) == 0 {
			patients = v.forcesBefore(i - 1) // "Houthi rebels, backed by Iran,": the body whose fighters they are
		}
	} else if x := v.appositionHead(i); x != nil && aux == i-1 {
		patients = []*Mention{x} // "Kataib Hezbollah, an Iraqi militia backed by Iran,"
	}
	for _, p := range patients {
		if !f.objectOK(p) {
			continue
		}
		for _, a := range agents {
			l.emitM(v, f.rel, a, p, 0.8, string(f.rel)+"-passive", p.Last, a.First)
		}
	}
}

// ordersOf returns where "of" stands when "on the orders of", "on the
// order of" or "on orders from" begins at k, else 0.
func ordersOf(v *sentenceView, k int) int {
	if v.word(k) != "on" {
		return 0
	}
	k++
	if v.word(k) == "the" {
		k++
	}
	if w := v.word(k); (w == "orders" || w == "order") && (v.word(k+1) == "of" || v.word(k+1) == "from") {
		return k + 1
	}
	return 0
}

// joinedBefore returns the mentions joined by "and" or a comma that end
// before token k, itself such a joiner, nearest first: "UN" in "UN and
// EU sanctions" for k at "and".
func (v *sentenceView) joinedBefore(k int) []*Mention {
	var out []*Mention
	for k > v.s.First && (v.word(k) == "and" || v.word(k) == ",") {
		m := v.mentionAt(k - 1)
		if m == nil || m.Last != k {
			break
		}
		out = append(out, m)
		k = m.First - 1
	}
	return out
}

// sportsTalk reports whether the sentence speaks of a game: a word of one
// or a score ("6-4", "06-Apr" as a spreadsheet wrote one).
func (v *sentenceView) sportsTalk() bool {
	if v.anyWord(gameWords) {
		return true
	}
	for k := v.s.First; k < v.s.Last; k++ {
		w := v.word(k)
		if strings.HasSuffix(w, "-seeded") {
			return true
		}
		if a, _, ok := strings.Cut(w, "-"); ok && a != "" && strings.Trim(a, "0123456789") == "" && len(a) <= 2 {
			return true
		}
	}
	return false
}

// ruler reports whether m, the object of an ouster, holds an office the
// document names (a title before the name, a leader's title anywhere) or
// is a government: only such are ousted from power.
func (l *linkRun) ruler(v *sentenceView, m *Mention) bool {
	if m.Type == graph.Person {
		return m.Role != "" && headTitle(m.Role) != "" || l.leaders[m.Entity]
	}
	return m.Type == graph.Org && m.StandsFor == "" && l.governmentBody(m.Entity)
}

// agentNouns take their own "by": "a speech by", "a decision by".
var agentNouns = set("speech", "rally", "visit", "protest", "decision", "statement", "address", "appearance", "concert", "meeting",
	"ceremony", "march", "sermon", "ruling", "order", "call", "book", "report", "interview", "campaign",
	"tally", "count", "investigation", "list", "figures", "data", "analysis", "estimate", "findings", "inquiry", "probe", "survey", "study", "toll")

// targetedWithMeasures reports whether what targets at i does is told by
// "with" and a measure: "targeted Russia with a new round of sanctions".
func targetedWithMeasures(v *sentenceView, i int) bool {
	for k := i + 1; k < v.s.Last && k <= i+8; k++ {
		if v.word(k) == "with" {
			for n := k + 1; n < v.s.Last && n <= k+6; n++ {
				switch v.word(n) {
				case "sanctions", "tariffs", "measures", "penalties", "restrictions", "campaigns", "campaign", "disinformation", "ads", "advertising", "export", "controls", "fines", "lawsuits", "probes":
					return true
				}
			}
			return false
		}
	}
	return false
}

// progressiveAux come before a verb's "-ing" form: "has been fighting",
// "are fighting".
var progressiveAux = set("been", "is", "are", "was", "were", "be")

// aspectVerbs begin, go on with or take up again what the "-ing" verb
// after them does: "began bombing Houthi rebels".
var aspectVerbs = set("began", "begun", "begins", "begin", "started", "starts", "start", "continued", "continues", "continue", "resumed", "resumes", "kept", "keeps")

// ousterVerbs remove a ruler, or a player from a draw; foughtVerbs wage
// war on a foe, or a game or a brawl.
var (
	ousterVerbs = set("ousted", "ousts", "oust", "ousting", "toppled", "topples", "topple", "toppling", "overthrew", "overthrows", "overthrow", "overthrowing", "deposed", "deposes", "depose")
	foughtVerbs = set("fought", "fights", "fighting") // ("fighting" only after "been", "is"...: see verbs)
)

// gameWords tell of a game or a contest.
var gameWords = set("draw", "match", "game", "final", "finals", "semifinal", "semi-final", "cup", "goal", "goals", "tournament",
	"league", "championship", "title", "bout", "round", "points", "set", "sets", "win", "victory", "defeat", "seed", "seeded", "compatriot", "tennis",
	"quarterfinal", "quarterfinals", "quarter-final", "quarter-finals", "semifinals", "semi-finals", "penalties", "shootout", "wickets", "innings",
	"open", "wimbledon", "eight", "sixteen", "olympics", "race", "medal")

// pactNouns name what states found together: "the AUKUS security pact".
var pactNouns = set("pact", "alliance", "bloc", "partnership", "dialogue", "grouping", "forum", "treaty")

// struckNouns are what a state owns that strikes hit: "struck Iranian
// nuclear sites", "shelled Ukrainian positions".
var struckNouns = set("sites", "site", "targets", "positions", "facilities", "facility", "bases", "base", "forces", "troops",
	"cities", "towns", "villages", "territory", "infrastructure", "ships", "vessels", "warships", "airfields", "airbases", "installations", "outposts")

// foughtBeside reads fighters on a side: "Eritrean troops fought alongside
// Ethiopian federal forces" (allies), "Wagner mercenaries fought for Mali's
// junta" (support).
func (l *linkRun) foughtBeside(v *sentenceView, i int) {
	subj := l.subjectOf(v, i)
	if len(subj) == 0 {
		subj = v.forcesBefore(v.subjectEnd(i))
	}
	if m := v.mentionAt(i - 2); len(subj) == 0 && m != nil && m.Last == i-1 && m.Type == graph.Org && (troopNouns[v.word(i-1)] || fighterNouns[v.word(i-1)]) {
		subj = []*Mention{m} // "Wagner Group mercenaries fought for"
	}
	k := v.skipModifiers(i + 2)
	objs, _ := v.forcesAt(k)
	if d := v.mentionAt(k); len(objs) == 0 && d != nil && d.First == k && d.Kind == "demonym" {
		n := d.Last
		for n < v.s.Last && n < d.Last+2 && v.mentionAt(n) == nil && v.toks[n].Tag == "JJ" {
			n++ // "Ethiopian federal forces"
		}
		if forceNouns[v.word(n)] || stateNouns[v.word(n)] {
			objs = []*Mention{d}
		}
	}
	if len(objs) == 0 {
		o := v.headMentionAt(k)
		if m := v.mentionAt(k); o == nil && m != nil && m.First == k && v.possessive(m.Last) {
			o = m // "Mali's junta"
		}
		if o != nil && o.Kind != "demonym" {
			objs = []*Mention{o}
		}
	}
	if len(objs) == 1 && v.possessive(objs[0].Last) {
		if w := v.word(objs[0].Last + 1); !stateNouns[w] && w != "junta" {
			return // "fought for Navalny's release": a cause, not "for Mali's junta"
		}
	}
	if v.sportsTalk() || foreignFighters(v) {
		return // "fought for the title"; "Colombian soldiers fought for Ukraine after being recruited online"
	}
	if len(subj) == 1 && subj[0].Kind == "demonym" && subj[0].Last < v.s.Last && !stateForces[v.word(subj[0].Last)] {
		return // "Indian soldiers fought for Britain": men of a country, not its army
	}
	rel := graph.Supports
	if v.word(i+1) == "alongside" {
		rel = graph.AlliedWith
	}
	for _, s := range subj {
		for _, o := range objs {
			if isActor(s) && isActor(o) && s.Actor() != o.Actor() && actorType(s) != graph.Person {
				l.emitM(v, rel, s, o, 0.75, "fought-"+v.word(i+1), min(s.First, i), o.Last)
			}
		}
	}
}

// foreignFighters reports whether the sentence tells of men recruited to
// fight abroad, or of the world wars' colonial armies.
func foreignFighters(v *sentenceView) bool {
	for k := v.s.First; k < v.s.Last; k++ {
		switch w := v.word(k); w {
		case "recruited", "volunteers", "volunteer", "mercenary":
			return true
		case "world":
			if n := v.word(k + 1); n == "war" || n == "wars" {
				return true
			}
		}
	}
	return false
}

// stateForces are the forces a state sends: "Eritrean troops".
var stateForces = set("troops", "forces", "army", "military", "navy", "units", "warplanes", "jets")

// auxStart returns where the auxiliaries before token k begin: "has been"
// in "has been expelled".
func (v *sentenceView) auxStart(k int) int {
	for k > v.s.First && (auxiliaries[v.word(k-1)] || isPassiveAux(v.word(k-1))) {
		k--
	}
	return k
}

// passiveAuxBefore returns where the passive auxiliary of the clause
// that "and" at k continues stands ("is based in Aden and"), or 0: a
// participle after it, within a few words and no name of a person or
// body between.
func (v *sentenceView) passiveAuxBefore(k int) int {
	for j := k - 1; j > v.s.First && j >= k-8; j-- {
		if isPassiveAux(v.word(j)) && v.toks[j+1].Tag == "VBN" {
			return j
		}
		if m := v.mentionAt(j); m != nil && (m.Type == graph.Person || m.Type == graph.Org) || v.word(j) == "," {
			return 0
		}
	}
	return 0
}

// appositionHead returns the name an indefinite apposition set off by a
// comma describes, when the apposition's noun ends right before i:
// "Kataib Hezbollah, an Iraqi militia" and "Karol Nawrocki, a
// conservative historian" (then "backed by ..."); else nil.
func (v *sentenceView) appositionHead(i int) *Mention {
	k := i - 1
	if !isLowerWord(v.word(k)) || !strings.HasPrefix(v.toks[k].Tag, "NN") && v.toks[k].Tag != "JJ" || v.mentionAt(k) != nil {
		return nil // (the tagger reads some nouns as adjectives: "a historian backed by")
	}
	for n := 0; n < 6 && k > v.s.First; n++ {
		k--
		if m := v.mentionAt(k); m != nil {
			if m.Kind != "demonym" {
				return nil
			}
			k = m.First
			continue
		}
		if w := v.word(k); w == "a" || w == "an" || !isLowerWord(w) || isVerbTag(v.toks[k].Tag) {
			break
		}
	}
	if w := v.word(k); (w != "a" && w != "an") || v.word(k-1) != "," {
		return nil
	}
	if m := v.mentionAt(k - 2); m != nil && m.Last == k-1 && isActor(m) {
		return m
	}
	return nil
}

// nominal: "Russia's assault on Ukraine", "its assault on neighboring
// Ukraine", "Russia launched an invasion of Ukraine", "Moscow's
// negotiations with Ukraine", "the invasion of Ukraine by Russia".
func (l *linkRun) nominal(v *sentenceView, f *verbFamily, i int) {
	if n := v.toks[min(i+1, v.s.Last-1)]; i+1 < v.s.Last && strings.HasPrefix(n.Tag, "NN") && isLowerWord(n.Text) && !timeNouns[n.Text] &&
		!((f.rel == graph.Aids || f.rel == graph.Sanctions) && packageNouns[n.Text]) { // ("a $988 million aid package for Ukraine", "the EU's 19th sanctions package against Russia": the aid's, the sanctions')
		return // "the U.N.'s war crimes tribunal for Yugoslavia": the noun modifies another
	}
	if f.rel == graph.Sanctions || f.rel == graph.Aids {
		if l.passiveNoun(v, f, i) {
			return
		}
	}
	// The target: after a preposition within a few words; a gerund's
	// right after it ("pleaded guilty to killing King").
	j := i + 1
	gerund := strings.HasSuffix(v.word(i), "ing") && v.toks[i].Tag == "VBG"
	var byAgents []*Mention // "the attack by North Korea on South Korea"
	if f.rel == graph.Sanctions && (v.word(j) == "imposed" || v.word(j) == "announced") && v.word(j+1) == "by" && hitWith(v, i) {
		j++ // "was hit with new sanctions imposed by the EU"
	}
	if v.word(j) == "by" && !gerund {
		a := v.skipModifiers(j + 1) // where the agent starts
		as, end := v.listAt(a)
		if m := v.mentionAt(a); len(as) == 0 && m != nil && m.First == a && isActor(m) && m.Type != graph.Person {
			as, end = []*Mention{m}, m.Last // ("by NATO forces": the name before its forces)
		}
		if len(as) > 0 && (f.rel == graph.Attacked || f.rel == graph.Killed) && (fighterNouns[v.word(end)] && as[0].Kind != "demonym" || forceNouns[v.word(end)]) && f.nounPreps[v.word(end+1)] {
			// (a nation's insurgents are not its state: "attacks by Afghan insurgents against U.S. forces")
			end++ // "attacks by Taleban militants against NATO forces", "attacks by NATO forces on Taleban fighters": the body whose fighters they are
		}
		if len(as) > 0 && (f.nounPreps[v.word(end)] || f.rel == graph.Sanctions && hitWith(v, i)) {
			// ("Belarus was hit with sanctions by the EU": the target is
			// the subject, found below)
			byAgents, j = as, end
		}
	}
	for j < v.s.Last && j < i+4 && !f.nounPreps[v.word(j)] && !gerund && len(byAgents) == 0 {
		if m := v.mentionAt(j); m != nil && f.rel == graph.NegotiatesWith && m.First == j && (m.Type == graph.Location || m.Type == graph.Date) &&
			(v.word(j-1) == "in" || v.word(j-1) == "on") && f.nounPreps[v.word(m.Last)] {
			j = m.Last // "held talks in Cairo with": where, then with whom
			break
		}
		if v.mentionAt(j) != nil || v.word(j) == "," {
			return
		}
		if strings.HasPrefix(v.toks[j].Tag, "VB") {
			break // (not "their help in bringing peace to Iraq": the verb's object)
		}
		j++
	}
	var targets []*Mention
	townRaid := false // "raids in Pale": a town raided, by whom to be seen
	end := j
	if gerund {
		targets, end = v.listAt(v.skipModifiers(j))
		if p := v.firstPersonFrom(j, false); f.rel == graph.Killed && p != nil && (len(targets) == 0 || targets[0].Type != graph.Person) {
			targets, end = []*Mention{p}, p.Last // "convicted ... of killing BART employee Peter J. Martinelli": past the words describing him
		}
	} else if f.nounPreps[v.word(j)] {
		targets, end = v.listOrOwned(v.skipModifiers(j + 1))
		if f.rel == graph.Attacked && v.word(j) == "in" && !occupyingNouns[v.word(i)] {
			t := v.mentionAt(j + 1)
			if p := v.ownedBy(j+1, isPlace); p != nil {
				t = p // "air strikes in Afghanistan's Paktika province": the province
			}
			if attackNouns[v.word(i)] && t != nil && t.Type == graph.Location && t.First > j &&
				(t.Last >= v.s.Last || !strings.HasPrefix(v.toks[t.Last].Tag, "NN") || !isLowerWord(v.word(t.Last)) || placeKindNouns[v.word(t.Last)]) {
				// "an Israeli raid in Jenin", "a Taliban attack in Kabul":
				// a town struck is attacked (a capital as the town)
				targets, townRaid = []*Mention{asTown(t)}, v.word(i) == "raid" || v.word(i) == "raids"
			} else {
				targets = nil // "an offensive in southern Afghanistan": where, not whom
			}
		}
		if k := v.skipModifiers(j + 1); len(targets) == 0 && f.rel == graph.Attacked && (v.word(j) == "on" || v.word(j) == "against" || v.word(j) == "into" || v.word(j) == "at") {
			// "Israel's assault on Gaza", "the attack on Kharkiv": a town
			// that is the object itself, not a modifier ("on Gaza City targets")
			if m := v.mentionAt(k); m != nil && m.First == k && m.Type == graph.Location && (m.Last >= v.s.Last ||
				(!strings.HasPrefix(v.toks[m.Last].Tag, "NN") || spanNouns[v.word(m.Last)]) && !isPossessive(v.word(m.Last)) && v.mentionAt(m.Last) == nil) {
				targets, end = []*Mention{m}, m.Last // ("an offensive on the Gaza Strip days later": a time, not a noun the town qualifies)
			}
			if v.word(k) == "positions" && v.word(k+1) == "of" {
				n := v.skipModifiers(k + 2)
				if o := v.mentionAt(n); o != nil && o.First == n && (o.Type == graph.Org || actorType(o) == graph.Country) &&
					!v.possessive(o.Last) { // (not "positions of Hezbollah's allies")
					targets, end = []*Mention{o}, o.Last // "an offensive on positions of the Kurdistan Workers' Party"
				}
			}
		}
		if len(targets) == 0 && f.rel == graph.Attacked && (v.word(j) == "in" || v.word(j) == "on") {
			// "a three-week offensive in late December against Hamas":
			// when, then whom
			k := j + 1
			if w := v.word(k); v.mentionAt(k) == nil && (w == "late" || w == "early" || w == "mid" || compassWords[w] || w == "the") {
				k++
			}
			if d := v.mentionAt(k); d != nil && (d.Type == graph.Date || d.Type == graph.Location || d.Type == graph.Country) && d.First == k {
				// (and where: "an offensive in southern Afghanistan against the Taliban")
				if w := v.word(d.Last); w == "against" || w == "on" {
					j = d.Last
					targets, end = v.listOrOwned(v.skipModifiers(j + 1))
				}
			}
		}
		ok1 := v.skipModifiers(j + 1) // where the noun's object starts, past its preposition
		if w := v.word(ok1); len(targets) == 0 && (f.rel == graph.Supports || f.rel == graph.Aids || f.rel == graph.Opposes) && (stateNouns[w] || w == "junta") && v.word(ok1+1) == "in" {
			// "military support for the junta in Mali": the state's rulers
			if m := v.mentionAt(ok1 + 2); m != nil && m.First == ok1+2 && actorType(m) == graph.Country && m.Kind != "demonym" && !v.possessive(m.Last) {
				targets, end = []*Mention{m}, m.Last
			}
		}
		if m := v.mentionAt(ok1); len(targets) == 0 && f.rel == graph.Attacked && (v.word(j) == "on" || v.word(j) == "in") && m != nil && m.First == ok1 &&
			m.Type == graph.Location && v.possessive(m.Last) && townParts[v.word(v.skipNounModifiers(m.Last+1))] {
			targets, end = []*Mention{asTown(m)}, m.Last // "an Israeli airstrike on Beirut's southern suburbs": the town
		}
		if m := v.mentionAt(ok1); len(targets) == 0 && ((f.rel == graph.Sanctions || f.rel == graph.Attacked) &&
			(v.word(j) == "on" || v.word(j) == "against" || v.word(j) == "into") || (f.rel == graph.Supports || f.rel == graph.Aids) && (v.word(j) == "for" || v.word(j) == "to")) && m != nil && m.First == v.skipModifiers(j+1) && v.possessive(m.Last) &&
			(actorType(m) == graph.Country && m.Kind != "demonym" || m.Type == graph.Org && m.StandsFor == "") &&
			!(f.rel == graph.Sanctions && privateNouns[v.word(v.skipNounModifiers(m.Last+1))]) {
			// "new sanctions on Iran's oil sector", "attacks on Ukraine's
			// ports": what a state or body owns is hit in its name (not
			// "sanctions on Venezuela's state oil company PDVSA": the firm)
			targets, end = []*Mention{m}, m.Last
		}
		if m := v.mentionAt(ok1); len(targets) == 0 && f.rel == graph.Sanctions && (v.word(j) == "on" || v.word(j) == "against") &&
			m != nil && v.possessive(m.Last) {
			if n := v.skipNounModifiers(m.Last + 1); privateNouns[v.word(n)] {
				targets = v.orgsAt(n + 1) // "sanctions on Venezuela's state oil company PDVSA"
			}
		}
		if m := v.mentionAt(ok1); len(targets) == 0 && f.rel == graph.Attacked && (v.word(j) == "on" || v.word(j) == "against" || v.word(j) == "at") &&
			m != nil && m.First == v.skipModifiers(j+1) && v.targetOf(m) {
			targets, end = []*Mention{m}, m.Last // "an offensive against Hamas militants", "strikes against Sri Lankan troops"
		}
		if len(targets) == 0 && f.rel == graph.Attacked && (v.word(j) == "on" || v.word(j) == "against" || v.word(j) == "at") {
			if m := l.targetIn(v, j+1); m != nil {
				targets, end = []*Mention{m}, m.Last // "airstrikes on villages in Sagaing region"
			}
		}
		if k := ok1; len(targets) == 0 && f.rel == graph.NegotiatesWith {
			if m := v.mentionAt(k); m != nil && m.First == k && isActor(m) && m.Type != graph.Person && delegationNouns[v.word(m.Last)] {
				targets, end = []*Mention{m}, m.Last // "talks with Taliban leaders", "talks with a U.S. delegation": theirs
			}
		}
		if k := ok1; f.rel == graph.NegotiatesWith && (len(targets) == 0 || targets[0].Kind == "demonym") {
			for n := k; n < v.s.Last && n < k+8; n++ {
				if delegationNouns[v.word(n)] {
					if sides := v.delegationsBefore(n + 1); len(sides) > len(targets) && sides[len(sides)-1].First == k {
						targets, end = sides, n // "talks with Egyptian, Qatari and Israeli officials"
					}
					break
				}
			}
		}
		if m := v.mentionAt(ok1); len(targets) == 0 && (f.rel == graph.Supports || f.rel == graph.Aids) && (v.word(j) == "for" || v.word(j) == "to") &&
			m != nil && m.First == v.skipModifiers(j+1) && m.Type == graph.Org && m.StandsFor == "" && fighterNouns[v.word(m.Last)] && v.word(m.Last) != "targets" {
			targets, end = []*Mention{m}, m.Last // "support for M23 rebels": the body whose fighters they are
		}
		if f.rel == graph.Attacked && len(targets) == 1 && targets[0].Type == graph.Person && v.possessive(end) {
			targets = nil // "Mr. Schroeder's attacks on Ms. Merkel's economic plan": words against her plan
		}
		if len(targets) == 0 && f.rel == graph.Sanctions && (v.word(j) == "on" || v.word(j) == "against") {
			// "imposed sanctions on seven Russian oligarchs, including
			// aluminium magnate Oleg Deripaska": the ones the object's
			// description names
			for k := j + 1; k+2 < v.s.Last && k < j+9; k++ {
				if m := v.mentionAt(k); m != nil && m.Type == graph.Date {
					k = m.Last - 1 // "on 11 Russian entities on Friday, including": when
					continue
				}
				if m := v.mentionAt(k); m != nil && m.Kind != "demonym" || isVerbTag(v.toks[k].Tag) {
					break
				}
				if v.word(k) == "," && v.word(k+1) == "including" {
					if p := v.describedPersonAt(k + 2); p != nil {
						targets, end = []*Mention{p}, p.Last
					} else if targets, end = v.listAt(v.skipModifiers(k + 2)); len(targets) == 0 {
						targets, end = v.listAt(v.skipKindPhrase(v.skipModifiers(k + 2))) // "including the Moscow-based state arms exporter Rosoboronexport"
					}
					break
				}
			}
		}
		if len(targets) == 1 && v.possessive(end) && f.rel == graph.Killed {
			// "the slaying of Kennedy's killer, Lee Harvey Oswald": the
			// killing is of whom the name owns, here named after it.
			targets, end = nil, end+1
			for n := 0; n < 3 && end < v.s.Last && v.mentionAt(end) == nil && v.word(end) != ","; n++ {
				end++
			}
			if p := v.mentionAt(end + 1); v.word(end) == "," && p != nil && p.First == end+1 && p.Type == graph.Person {
				targets, end = []*Mention{p}, p.Last
			}
		}
	}
	agents := byAgents
	// light: the agents own the noun or are a light verb's subject ("its
	// attacks", "launched an offensive"), so its target may stand further
	// on; not when they only modify it ("the U.S.-led invasion almost two
	// years ago, British officials ...")
	light := false
	k := i - 1
	for k > v.s.First && (nounModifiers[v.word(k)] || f.nounNeeds[v.word(i)] != nil && f.nounNeeds[v.word(i)][v.word(k)] ||
		f.rel == graph.Aids && (v.toks[k].Tag == "CD" || amountWords[v.word(k)]) ||
		(f.rel == graph.Aids || f.rel == graph.Sanctions) && (isOrdinal(v.word(k)) || v.word(k) == "latest" || v.word(k) == "fresh") ||
		k >= i-2 && v.toks[k].Tag == "JJ" && isLowerWord(v.toks[k].Text) && v.mentionAt(k) == nil && isPossessive(v.word(k-1))) { // ("Iran's nuclear talks with the United States")
		k-- // ("Japan's $4.5 billion aid package for Ukraine", "the European Union's 19th sanctions package against Russia")
	}
	switch w := v.word(k); {
	case len(byAgents) > 0:
	case isPossessive(w):
		if m := v.mentionAt(k - 1); m != nil && isActor(m) && !(countryNouns[v.word(k-1)] && v.word(k-2) == "the") {
			agents, light = []*Mention{m}, true
		} else if countryNouns[v.word(k-1)] && v.word(k-2) == "the" {
			// "sanctions on Rwandan army commanders over the country's
			// support for M23 rebels": the one country named before (a
			// demonym too), when it is not the one acting ("The U.S.
			// imposed sanctions on Kagame over the country's support" is
			// Kagame's country, which the words do not name)
			if c := v.soleCountryBefore(k - 2); c != nil {
				agents, light = []*Mention{c}, true
			}
		}
	case w == "its" || w == "their" || w == "his" || w == "her":
		if m := l.possessor(v, k); m != nil {
			agents, light = []*Mention{m}, true
		}
	case w == "in" && f.rel == graph.NegotiatesWith && (copulas[v.word(k-1)] ||
		(v.word(k-1) == "engaged" || v.word(k-1) == "involved") && copulas[v.word(k-2)]):
		// "Tehran was in talks with Russia", "Britain, France and Germany
		// are engaged in ongoing talks with Iran": the subject of the copula
		agents, light = l.subjectOf(v, k-1), true
	case w == "a" || w == "an" || w == "the" || w == "its":
		// "launched an offensive against": the light verb's subject acts.
		if lv := lightVerbBefore(v, f, k-1); lv >= 0 {
			agents, light = l.lightSubject(v, f, lv), true
		}
	default:
		if lv := lightVerbBefore(v, f, k); lv >= 0 {
			agents, light = l.lightSubject(v, f, lv), true
		}
		if m := v.mentionAt(k); len(agents) == 0 && m != nil && m.Last == k+1 && (m.Type == graph.Country || m.Type == graph.Org && m.StandsFor == "" && l.gaz.Kind(m.Entity) != "") &&
			(f.rel != graph.Attacked || m.Kind != "demonym" || stateAttackNouns[v.word(i)] || v.word(i-1) == "military" ||
				l.demonymStrike(v, i, m)) { // ("Israeli strikes on Gaza", "an Israeli strike in Khan Younis"; French strikes are also walkouts)
			// (a body the gazetteer knows: "The Bay of Pigs invasion" names
			// an event the tagger took for a body)
			// "U.S. sanctions on Iran", "EU aid to Ukraine", "U.S. strikes
			// on Iran"; not "Palestinian attacks on Israel", which are
			// militants', not the state's.
			agents = []*Mention{m}
			for _, p := range v.joinedBefore(m.First - 1) {
				if actorType(p) != graph.Country && !(p.Type == graph.Org && p.StandsFor == "") {
					break
				}
				agents = append(agents, p) // "U.S. and EU sanctions on Russia"
			}
		}
	}
	if f.rel == graph.Sanctions && len(targets) == 0 {
		// "Iran was hit with fresh U.S. sanctions": the one hit is the target.
		w := k
		if len(agents) == 1 && agents[0].Last == k+1 {
			w = agents[0].First - 1
		}
		for n := 0; n < 2 && w > v.s.First && (v.toks[w].Tag == "JJ" || nounModifiers[v.word(w)]); n++ {
			w--
		}
		if hitWithAt(v, w) {
			targets = v.listBefore(v.subjectEnd(w - 2))
		}
	}
	if len(agents) == 0 && len(targets) > 0 && v.word(end) == "," && v.word(end+1) == "by" {
		end++ // "the slaying of Kennedy's killer, Lee Harvey Oswald, by Jack Ruby"
	}
	if len(agents) == 0 && len(targets) > 0 && v.word(end) == "by" && end+1 < v.s.Last && v.toks[end+1].Tag != "VBG" { // (not "by providing Congress with")
		agents, _ = v.listAt(v.skipModifiers(end + 1))
		if f.rel == graph.Killed && !slices.ContainsFunc(agents, func(m *Mention) bool { return m.Type == graph.Person }) {
			// "by Dallas nightclub owner Jack Ruby": the person after the
			// place and the trade.
			agents = nil
			for k := end + 1; k < v.s.Last && k <= end+6; k++ {
				if p := v.mentionAt(k); p != nil && p.Type == graph.Person {
					agents = []*Mention{p}
					break
				}
			}
		}
	}
	conf := 0.75
	// "no possibility of a U.S. attack on Iran", "the threat of sanctions
	// against Iran": a noun that may happen, not one that did.
	pre := k
	if m := v.mentionAt(k); m != nil && m.Last == k+1 {
		pre = m.First - 1
	} else if isPossessive(v.word(k)) || v.word(k) == "its" || v.word(k) == "their" {
		pre = k - 1
		if m := v.mentionAt(pre); m != nil {
			pre = m.First - 1
		}
	}
	if joined := v.joinedBefore(pre); len(joined) > 0 {
		pre = joined[len(joined)-1].First - 1 // "lifted UN and EU sanctions on Tehran": the list's first giver
	}
	for n := 0; n < 3 && pre > v.s.First && (v.word(pre) == "a" || v.word(pre) == "an" || v.word(pre) == "the" || v.toks[pre].Tag == "JJ" || v.toks[pre].Tag == "JJS" ||
		v.word(pre) == "all" || v.word(pre) == "remaining"); n++ {
		if f, ok := hedges[v.word(pre)]; ok {
			conf *= f // "a potential Turkish incursion", "a possible U.S. attack"
		}
		pre--
	}
	if q := pre - 1; v.word(pre) == "of" && (possibleNouns[v.word(q)] || isQuote(v.word(q)) && possibleNouns[v.word(q-1)]) {
		conf *= 0.4 // (`sees "no possibility" of a U.S. attack`)
	}
	if w := v.word(pre); (f.rel == graph.Aids || f.rel == graph.Sanctions) && stopVerbs[w] {
		return // "Hungary vetoed EU aid for Ukraine", "suspended its aid to Uganda", "lifted sanctions on Burma": none given now
	}
	if w := v.word(pre); w == "for" && callVerbs[v.word(pre-1)] || urgeVerbs[w] {
		conf *= 0.4 // "calling for U.N. sanctions against North Korea", "urged new sanctions on Iran": wanted, not done
	}
	// "Washington's war on terror": the noun's own object, no name; "war
	// on drugs" looks for no country further on.
	ownObject := f.nounPreps[v.word(j)] && j+1 < v.s.Last && v.mentionAt(j+1) == nil && isLowerWord(v.word(j+1)) && strings.HasPrefix(v.toks[j+1].Tag, "NN")
	if len(targets) == 0 && len(agents) > 0 && light && !ownObject && f.rel != graph.Supports {
		// (not for support: "voiced support for the idea, but critics such
		// as Venezuela" and "support for the U.S.-led invasion of Iraq"
		// support neither)
		// "Russia launched on February 24 a military operation to ... of
		// Ukraine", "imposed sanctions on Togo demanding ...": the target
		// may stand further on, as the first country after the noun with
		// no other actor between; for all but attacks, not past a clause
		// of its own ("talks that included the dispute between Colombia").
		for k := i + 1; k < v.s.Last && k < i+14; k++ {
			if w := v.word(k); f.rel != graph.Attacked && (w == "that" || w == "which" || w == "who" ||
				strings.HasPrefix(v.toks[k].Tag, "VB") && v.mentionAt(k) == nil) {
				break
			}
			if m := v.mentionAt(k); m != nil {
				if n := v.word(m.Last); m.Kind == "demonym" && m.Last < v.s.Last && strings.HasPrefix(v.toks[m.Last].Tag, "NN") && isLowerWord(n) && !f.nounPreps[v.word(k-1)] &&
					!targetPlaces[n] && !forceNouns[n] { // ("nine Turkish activists"; but "the two Russian bases" are the state's)
					break // "to end Serb aggression": the demonym owns another noun ("attacks on Turkish resorts" are on Turkey's)
				}
				if n := v.skipNounModifiers(m.Last); (m.Kind == "demonym" || !v.possessive(m.Last)) && f.rel == graph.Sanctions && privateNouns[v.word(n)] {
					if p := v.mentionAt(n + 1); p != nil && p.First == n+1 && p.Type == graph.Org {
						targets, conf = v.orgsAt(n+1), 0.7 // "sanctions on U.S. defence companies Lockheed Martin and Raytheon"
					}
					break // "sanctions on Chinese firms", "on Iranian drone makers": the firms', not China's ("on Liberian timber" is the state's trade)
				}
				if m.Kind == "demonym" && v.mentionAt(m.Last) != nil {
					break // "arms destined for Lebanese Hezbollah guerrillas": for the name the demonym qualifies
				}
				if actorType(m) == graph.Country && !v.possessive(k-1) && !v.possessive(m.Last) && !whereNotWhom(v, m) {
					targets, conf = []*Mention{m}, 0.7
				}
				break
			}
		}
	}
	for _, t := range targets {
		if !f.objectOK(t) {
			continue
		}
		for _, a := range agents {
			if townRaid && a.Type == graph.Org && memberBodies[l.gaz.Kind(a.Entity)] {
				continue // "EU troops conducted similar raids in Pale": searches by peacekeepers
			}
			l.emitM(v, f.rel, a, t, conf, string(f.rel)+"-noun", min(a.Last, i), t.First)
		}
	}
}

// orgsAt returns the organisations listed from k: "Lockheed Martin and
// Raytheon".
func (v *sentenceView) orgsAt(k int) []*Mention {
	list, _ := v.listAt(k)
	var out []*Mention
	for _, m := range list {
		if m.Type == graph.Org && m.StandsFor == "" {
			out = append(out, m)
		}
	}
	return out
}

// amountWords count what is given: "$4.5 billion in aid", "hundreds of
// drones", "a batch of missiles".
var amountWords = set("$", "billion", "million", "trillion", "us$", "€", "£", "hundreds", "thousands", "dozens", "scores",
	"millions", "billions", "tons", "tonnes", "batch", "shipment", "shipments", "consignment", "number", "fleet", "squadron")

// passiveNoun reads sanctions or aid told in the passive: "Sanctions
// were imposed on North Korea by the U.N. Security Council", "Fresh
// military aid was pledged to Kyiv by Canada and Denmark". It reports
// whether it read the noun at i so.
func (l *linkRun) passiveNoun(v *sentenceView, f *verbFamily, i int) bool {
	k := i + 1
	if w := v.word(k); w != "was" && w != "were" && w != "has" && w != "have" && w != "had" {
		return false
	}
	for k++; v.word(k) == "been" || v.word(k) == "also" || v.word(k) == "already"; k++ {
	}
	if !passiveGivers[v.word(k)] {
		return false
	}
	p := v.word(k + 1)
	if f.rel == graph.Sanctions && p != "on" && p != "against" || f.rel == graph.Aids && p != "to" && p != "for" {
		return false
	}
	targets, end := v.listAt(v.skipModifiers(k + 2))
	if len(targets) == 0 || v.word(end) != "by" {
		return false
	}
	agents, _ := v.listAt(v.skipModifiers(end + 1))
	for _, a := range agents {
		for _, t := range targets {
			if f.objectOK(t) {
				l.emitM(v, f.rel, a, t, 0.75, string(f.rel)+"-noun", min(a.Last, i), t.First)
			}
		}
	}
	return len(agents) > 0
}

// passiveGivers are participles of imposing sanctions or giving aid.
var passiveGivers = set("imposed", "pledged", "given", "approved", "provided", "announced", "extended", "sent", "delivered", "promised", "granted", "slapped", "levied")

// privateNouns after a demonym name its people or firms, not the state:
// "sanctions on Chinese firms", "on Iranian drone makers".
var privateNouns = set("firms", "firm", "companies", "company", "businesses", "entities", "individuals", "nationals", "citizens",
	"makers", "manufacturers", "suppliers", "oligarchs", "businessmen", "traders", "banks", "people", "person", "persons",
	"officials", "commanders", "officers", "generals", "lawmakers", "judges", "members", "figures", "contractors")

// skipNounModifiers returns the first token from k on that is not a
// lower-case noun modifying the next ("drone makers": makers), within
// three tokens.
func (v *sentenceView) skipNounModifiers(k int) int {
	for n := 0; n < 3 && k+1 < v.s.Last && isLowerWord(v.word(k)) && isLowerWord(v.word(k+1)) && strings.HasPrefix(v.toks[k+1].Tag, "NN") && !privateNouns[v.word(k)]; n++ {
		k++
	}
	return k
}

// decideVerbs settle what their infinitive does: "agreed to impose
// sanctions".
var decideVerbs = set("agreed", "decided", "voted", "moved")

// packageNouns bundle aid: "an aid package for Ukraine".
var packageNouns = set("package", "packages", "deliveries", "shipment", "shipments")

// lightSubject returns who does what a light verb at lv and its noun
// tell: the verb's subject, the subject of the verb an infinitive
// completes ("The EU agreed to impose sanctions on Belarus"), or for
// blows the state or body whose forces are the subject ("Houthi rebels
// fired missiles at Israel").
func (l *linkRun) lightSubject(v *sentenceView, f *verbFamily, lv int) []*Mention {
	if w := v.word(lv); (w == "sentenced" || w == "convicted") && !isPassiveAux(v.word(lv-1)) && v.word(lv-1) != "," {
		// "the judge who sentenced John Doe to life for the murder of":
		// the one sentenced, after the verb
		if p := v.firstPersonFrom(lv+1, true); p != nil {
			return []*Mention{p} // ("convicted Highway 50 sniper Kenneth Earl Millikan of killing")
		}
		return nil
	}
	subj := l.subjectOf(v, lv)
	if len(subj) == 0 && v.word(lv-1) == "to" && lv-2 > v.s.First && decideVerbs[v.word(lv-2)] && (f.rel == graph.Sanctions || f.rel == graph.Aids) {
		subj = l.subjectOf(v, lv-2) // (not "is to hold talks", "pledged to hold talks": plans)
	}
	if len(subj) == 0 && f.rel == graph.Attacked {
		end := v.subjectEnd(lv)
		if k := v.relativeClauseStart(end); k > 0 {
			end = k // "Myanmar's military, which seized power in a 2021 coup, has carried out airstrikes"
		}
		subj = v.forcesBefore(end)
	}
	return subj
}

// bidNouns are what one seeks, which another may oppose without opposing
// the one who seeks it: "Ukraine's bid to join NATO".
var bidNouns = set("bid", "bids", "membership", "application", "accession", "candidacy", "request", "entry", "aspirations", "ambitions")

// controlVerbs take control of a place: "took control of Aleppo".
var controlVerbs = set("took", "takes", "taken", "taking", "gained", "gains", "wrested", "wrests", "seized", "seizes", "captured") // (not "assumed control of Jericho": a handover)

// exchangedFire reads blows dealt both ways, each side attacking the
// other: "Hezbollah and Israel exchanged fire", "Hezbollah has been
// trading fire with Israeli forces", "Pakistani troops exchanged fire with
// Indian forces".
func (l *linkRun) exchangedFire(v *sentenceView, f *verbFamily, i int) {
	both := func(x, y *Mention, a, b int) {
		l.emitM(v, f.rel, x, y, 0.75, "exchanged-fire", a, b)
		l.emitM(v, f.rel, y, x, 0.75, "exchanged-fire", a, b)
	}
	if v.word(i+2) != "with" {
		if subj := l.subjectOf(v, i); len(subj) == 2 && v.word(i) == "exchanged" {
			both(subj[0], subj[1], subj[1].Last, i+1)
		}
		return
	}
	y := v.headMentionAt(i + 3)
	if m := v.mentionAt(i + 3); m != nil && m.First == i+3 && m.Kind == "demonym" && forceNouns[v.word(m.Last)] {
		y = m // "with Israeli forces"
	}
	if y == nil || !isActor(y) || y.Type == graph.Person {
		return
	}
	subj := l.subjectOf(v, i)
	if len(subj) == 0 {
		subj = v.forcesBefore(v.subjectEnd(i)) // "Pakistani troops exchanged fire with"
	}
	for _, x := range subj {
		if isActor(x) && x.Type != graph.Person && x.Actor() != y.Actor() {
			both(x, y, x.Last, y.Last)
		}
	}
}

// exchangedBlows are what two sides exchange when each attacks the other:
// "exchanged fire".
var exchangedBlows = set("fire", "gunfire", "artillery", "blows", "strikes", "rocket", "rockets")

// exchangeVerbs tell blows dealt both ways with a side: "traded fire
// with", "exchanged fire with".
var exchangeVerbs = set("exchanged", "exchanging", "exchange", "exchanges", "traded", "trading", "trade", "trades")

// hitWith reports whether the noun at i is what a passive subject was hit
// with: "Iran was hit with fresh sanctions", "was slapped with sanctions".
func hitWith(v *sentenceView, i int) bool {
	w := i - 1
	for n := 0; n < 2 && w > v.s.First && (v.toks[w].Tag == "JJ" || nounModifiers[v.word(w)]); n++ {
		w--
	}
	return hitWithAt(v, w)
}

// hitWithAt reports whether the word at w is the "with" of "was hit with".
func hitWithAt(v *sentenceView, w int) bool {
	return v.word(w) == "with" && (v.word(w-1) == "hit" || v.word(w-1) == "slapped") && isPassiveAux(v.word(w-2))
}

// stopVerbs before aid or sanctions keep them from being given or end
// them.
var stopVerbs = set("vetoed", "vetoes", "veto", "blocked", "blocks", "block", "blocking", "opposed", "opposes", "oppose", "rejected", "rejects",
	"reject", "suspended", "suspends", "suspend", "halted", "halts", "halt", "froze", "freezes", "freeze", "cut", "cuts", "lifted", "lifts",
	"lift", "lifting", "ended", "ends", "end", "ending", "withheld", "withholds", "withhold", "delayed", "delays", "eased", "eases", "ease", "easing")

// callVerbs before "for" ask for what follows: "calling for sanctions".
var callVerbs = set("call", "calls", "called", "calling", "push", "pushes", "pushed", "pushing", "press", "presses",
	"pressed", "pressing", "lobby", "lobbied", "lobbying", "appeal", "appealed", "appealing", "ask", "asked", "asking")

// urgeVerbs before a relation noun want it, not report it: "urged new
// sanctions on Iran".
var urgeVerbs = set("urged", "urges", "urging", "demanded", "demands", "demanding", "proposed", "proposes", "proposing",
	"sought", "seeks", "seeking", "wants", "wanted", "threatened", "threatens", "threatening", "considering", "mulling",
	"weighing")

// possibleNouns before "of" make the event after them one that may
// happen: "the possibility of a U.S. attack", "the threat of sanctions".
var possibleNouns = set("possibility", "threat", "threats", "risk", "prospect", "prospects", "fear", "fears", "danger",
	"likelihood", "chance", "chances", "spectre", "specter", "scenario", "idea", "plan", "plans", "rumours", "rumors")

// whereNotWhom reports whether a country after an attack's noun is where
// it happens or whose fighters it targets, not the target: "launched an
// offensive in southern Afghanistan", "airstrikes against Palestinian
// militant targets".
func whereNotWhom(v *sentenceView, m *Mention) bool {
	k := m.First - 1
	if w := v.word(k - 1); v.word(k) == "with" && (w == "border" || w == "borders" || w == "frontier" || w == "boundary") {
		return true // "an offensive along the country's eastern border with Thailand": where
	}
	if compassWords[v.word(k)] || v.toks[max(k, v.s.First)].Tag == "JJ" && isLowerWord(v.word(k)) {
		k--
	}
	if v.word(k) == "the" {
		k-- // "in the eastern Democratic Republic of Congo"
	}
	if w := v.word(k); w == "in" || w == "inside" || w == "within" || w == "across" || w == "throughout" {
		// "attacks aimed at military bases in Israel": the bases are
		// the country's; "militant targets in Pakistan" are the militants'.
		return !targetPlaces[v.word(k-1)] || fighterModifiers[v.word(k-2)]
	}
	j := m.Last
	if v.word(j) == "militant" || v.word(j) == "rebel" || v.word(j) == "insurgent" || v.word(j) == "separatist" {
		return true
	}
	return m.Kind == "demonym" && fighterNouns[v.word(j)]
}

// shooterOf returns who fired what killed, before a killing verb at i:
// "where Oswald fired the shots that killed Kennedy", "the bullet that
// killed King was fired by Ray" is not read.
func (l *linkRun) shooterOf(v *sentenceView, i int) []*Mention {
	k := i - 1
	if w := v.word(k); w != "that" && w != "which" {
		return nil
	}
	k--
	if !shotNouns[v.word(k)] {
		return nil
	}
	k--
	for n := 0; n < 3 && k > v.s.First && (v.word(k) == "the" || v.word(k) == "a" || v.toks[k].Tag == "JJ" || v.toks[k].Tag == "CD"); n++ {
		k--
	}
	if w := v.word(k); w != "fired" && w != "fires" && w != "fire" {
		return nil
	}
	var out []*Mention
	for _, s := range l.subjectOf(v, k) {
		if s.Type == graph.Person {
			out = append(out, s)
		}
	}
	return out
}

// shotNouns are what is fired: "the shots that killed", "fired the
// shotgun that killed Mendes".
var shotNouns = set("shot", "shots", "bullet", "bullets", "round", "rounds",
	"gun", "shotgun", "rifle", "pistol", "revolver", "handgun", "weapon")

// namedAfterKind returns where the name starts that lower-case describing
// words from k end in, the last a kind of body: "the Myawaddy-based online
// gambling company Golden Hub Entertainment", "the rebel movement M23",
// "the cryptocurrency exchange FTX"; else k (not "a coalition with the
// nationalist party Yamina": a preposition ends the phrase).
func (v *sentenceView) namedAfterKind(k int) int {
	n := k
	for n < v.s.Last && n < k+6 && v.mentionAt(n) == nil && (basedAdjective(v.toks[n].Text) || isLowerWord(v.toks[n].Text) && !phrasePreps[v.word(n)] &&
		(strings.HasPrefix(v.toks[n].Tag, "JJ") || strings.HasPrefix(v.toks[n].Tag, "NN") || v.toks[n].Tag == "VBG" || strings.Contains(v.word(n), "-") || orgKindNouns[v.word(n)])) {
		n++
	}
	if m := v.mentionAt(n); n > k && m != nil && m.First == n && (bodyHead(v.word(n-1)) || v.word(n-1) == "exchange" || v.word(n-1) == "app" || v.word(n-1) == "wing") {
		return n
	}
	return k
}

// strikeOpensClause reports whether the strike noun at n heads its
// clause's subject: only an article, adjectives, numbers, names and force
// words stand before it from the clause's start ("An Israeli airstrike
// on"; not "Hezbollah rockets fired in retaliation for an Israeli strike
// on Tyre killed": the rockets did).
func strikeOpensClause(v *sentenceView, n int) bool {
	for k := n - 1; k >= v.s.First; k-- {
		w := v.word(k)
		if w == "," || w == ";" {
			return true
		}
		if m := v.mentionAt(k); m != nil {
			k = m.First
			continue
		}
		if w == "a" || w == "an" || w == "the" || v.toks[k].Tag == "JJ" || v.toks[k].Tag == "CD" || forceModifiers[w] || strikeNouns[w] {
			continue
		}
		return false
	}
	return true
}

// armedBody reports whether m names a body whose members bear arms: an
// armed group, a gang or cartel by its name's last word or the kind word
// after it ("the Los Choneros gang").
func (v *sentenceView) armedBody(m *Mention) bool {
	if m.Type != graph.Org || m.StandsFor != "" {
		return false
	}
	last := strings.ToLower(m.Text[strings.LastIndexByte(m.Text, ' ')+1:])
	return armedWords[last] || armedWords[v.word(m.Last)]
}

// armedWords name armed bodies.
var armedWords = set("cartel", "gang", "army", "brigade", "brigades", "militia", "syndicate", "mafia")

// forcesBefore returns the states or bodies whose armed forces the noun
// phrase ending before token end names: "Russian forces", "Israeli
// warplanes", "NATO and Afghan troops", "Russia's armed forces". A
// demonym before fighters of no state ("Palestinian militants") names
// none.
func (v *sentenceView) forcesBefore(end int) []*Mention {
	k := end - 1
	for n := end - 2; n > v.s.First && n >= end-12; n-- {
		if isVerbTag(v.toks[n].Tag) || v.word(n) == "," {
			break
		}
		if w := v.word(n + 1); strikeNouns[v.word(n)] && v.mentionAt(n) == nil && (w == "on" || w == "near" || w == "against") && strikeOpensClause(v, n) {
			k = n // "An Israeli airstrike on the al-Nour school in Gaza City killed": the strike, whatever it hit
			break
		}
	}
	if m := v.mentionAt(k); k == end-1 && m != nil && m.Last == end && (m.Type == graph.Location || m.Type == graph.Country) && v.word(m.First-1) == "in" &&
		(strikeNouns[v.word(m.First-2)] || forceNouns[v.word(m.First-2)]) {
		k = m.First - 2 // "A U.S. drone strike in Yemen killed Anwar al-Awlaki": the strike, where it struck
	} else if m != nil && m.Last == end && k == end-1 {
		// "fighters from Hezbollah", "troops of the African Union"
		n := m.First - 1
		if v.word(n) == "the" {
			n--
		}
		if w := v.word(n); w != "from" && w != "of" {
			return nil
		}
		n--
		switch {
		case fighterNouns[v.word(n)] && v.word(n) != "targets" || v.word(n) == "members" && v.armedBody(m) && v.word(n-1) != "of" && v.word(n-1) != "for":
			// ("members of the Jalisco New Generation Cartel": of an armed
			// group or gang only, not "members of the Senate")
			if m.Type == graph.Org && m.Kind != "demonym" && m.StandsFor == "" {
				return []*Mention{m}
			}
		case forceNouns[v.word(n)] && (actorType(m) == graph.Country || m.Type == graph.Org):
			return []*Mention{m}
		}
		return nil
	}
	if fighterNouns[v.word(k)] && v.word(k) != "targets" {
		// "Taliban militants killed X": a body's fighters are the body;
		// a demonym's are no state's ("Palestinian militants")
		n := k - 1
		if v.word(n) == "suicide" {
			n-- // "A Taliban suicide bomber killed"
		}
		if m := v.mentionAt(n); m != nil && m.Last == n+1 && m.Type == graph.Org && m.Kind != "demonym" && m.StandsFor == "" {
			return []*Mention{m}
		}
		return nil
	}
	if !forceNouns[v.word(k)] && !strikeNouns[v.word(k)] {
		return nil
	}
	k--
	for n := 0; n < 2 && forceModifiers[v.word(k)]; n++ {
		k-- // "armed forces", "special forces", "fighter jets"
	}
	if isPossessive(v.word(k)) {
		k-- // "Russia's forces"
	}
	var out []*Mention
	for {
		m := v.mentionAt(k)
		if m == nil || m.Last != k+1 || (actorType(m) != graph.Country && m.Type != graph.Org) {
			break
		}
		out = append([]*Mention{m}, out...)
		if v.word(m.First-1) != "and" {
			break
		}
		k = m.First - 2 // "Afghan and NATO forces"
	}
	return out
}

// setOffStart returns the comma that opens a participle or relative
// clause closed by the comma before token end ("M23 rebels, backed by
// Rwanda, captured"), or 0.
func (v *sentenceView) setOffStart(end int) int {
	if v.word(end-1) != "," {
		return 0
	}
	for k := end - 2; k > v.s.First && k >= end-14; k-- {
		if v.word(k) == "," {
			if n := v.toks[k+1]; n.Tag == "VBN" || n.Text == "who" || n.Text == "which" {
				return k
			}
			return 0
		}
	}
	return 0
}

// forcesAt returns the states or bodies whose armed forces the noun
// phrase at token k names, and the token after it: "Taliban militants",
// "Israeli troops", "gunmen from the Islamic State", "troops of the
// African Union".
func (v *sentenceView) forcesAt(k int) ([]*Mention, int) {
	if w := v.word(k); (w == "a" || w == "an" || w == "the") && volleyNouns[v.word(k+1)] && v.word(k+2) == "of" {
		k += 3 // "by a barrage of Russian cruise missiles"
	} else if volleyNouns[w] && v.word(k+1) == "of" {
		k += 2
	}
	if m := v.mentionAt(k); m != nil && m.First == k {
		n := m.Last
		for v.word(n) == "and" {
			o := v.mentionAt(n + 1)
			if o == nil || o.First != n+1 {
				break
			}
			n = o.Last // "by Afghan and NATO forces"
		}
		for c := 0; c < 2 && forceModifiers[v.word(n)]; c++ {
			n++
		}
		if fighterNouns[v.word(n)] || forceNouns[v.word(n)] || strikeNouns[v.word(n)] {
			return v.forcesBefore(n + 1), n + 1
		}
		return nil, k
	}
	n := k
	for c := 0; c < 2 && forceModifiers[v.word(n)]; c++ {
		n++
	}
	if w := v.word(n + 1); (fighterNouns[v.word(n)] || forceNouns[v.word(n)] || v.word(n) == "members") && (w == "from" || w == "of") {
		j := n + 2
		if v.word(j) == "the" {
			j++
		}
		if m := v.mentionAt(j); m != nil && m.First == j && (v.word(n) != "members" || v.armedBody(m)) {
			if fs := v.forcesBefore(m.Last); len(fs) > 0 && !v.possessive(m.Last) {
				return fs, m.Last
			}
		}
	}
	return nil, k
}

// targetOf reports whether country or body m, written before a noun,
// stands for what an attack hits: "attacked Ukrainian positions", "struck
// Russian forces". Its fighters are not its own ("Palestinian militant
// targets"): whereNotWhom.
func (v *sentenceView) targetOf(m *Mention) bool {
	if actorType(m) != graph.Country && m.Type != graph.Org || m.Last >= v.s.Last {
		return false
	}
	k := m.Last
	for n := 0; n < 2 && forceModifiers[v.word(k)]; n++ {
		k++
	}
	w := v.word(k)
	if fighterNouns[w] && w != "targets" {
		// "an offensive against Hamas militants", "struck Taliban
		// targets": a body's fighters are the body's; a demonym's are no
		// state's ("Palestinian militants").
		return m.Type == graph.Org && m.Kind != "demonym" && m.StandsFor == ""
	}
	return forceNouns[w] || targetPlaces[w]
}

// stateNouns after a country's name or demonym make the phrase the state:
// "the British military", "the Iranian government".
var stateNouns = set("government", "military", "authorities", "leadership", "regime", "administration", "army", "forces")

// sharedVerbSubject returns the subject of a verb at i that follows "and"
// in the first verb's clause: "Estonia expelled a Russian diplomat and
// accused Moscow", "Putin arrived in Beijing and met Xi"; else nil.
func (l *linkRun) sharedVerbSubject(v *sentenceView, i int) []*Mention {
	j := i - 1
	for j > v.s.First && j >= i-3 && (auxiliaries[v.word(j)] || v.toks[j].Tag == "RB") {
		j-- // "is the country's vice president and has openly criticised"
	}
	if fv := v.firstVerb(); v.word(j) == "and" && fv < j-1 && !v.clauseBetween(fv, j+1) {
		return l.subjectOf(v, fv)
	}
	return nil
}

// clauseBetween reports whether a clause of its own (a comma, "who",
// "which", "that", "said") stands between tokens a and b.
func (v *sentenceView) clauseBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch v.word(k) {
		case ",", "who", "which", "that", "said", "says", "while", "when", "after", "before", "because", ";":
			return true
		}
	}
	return false
}

// forceNouns name a state's or a body's armed forces.
var forceNouns = set("guard", "coastguard", "forces", "troops", "soldiers", "army", "military", "navy", "warplanes", "jets", "warships", "planes", "bombers",
	"aircraft", "artillery", "tanks", "gunboats", "helicopters", "paratroopers", "marines")

// strikeNouns name a blow a state or body deals, as a subject: "An
// Israeli strike killed Fuad Shukr", "U.S. drones attacked".
var strikeNouns = set("strike", "strikes", "airstrike", "airstrikes", "missile", "missiles", "drone", "drones",
	"raid", "raids", "shelling", "bombing", "bombardment", "bombs", "bomb", "rockets", "shells")

// volleyNouns count blows: "a barrage of missiles".
var volleyNouns = set("barrage", "wave", "volley", "salvo", "hail", "swarm", "series")

// forceModifiers qualify forceNouns: "armed forces", "fighter jets".
var forceModifiers = set("border", "glide", "tank", "coast", "cruise", "ballistic", "hypersonic", "guided", "armed", "military", "security", "government", "special", "ground", "air", "naval", "drone", "missile", "rocket", "mortar", "coalition",
	"fighter", "elite", "combat", "attack", "helicopter")

// occupyingNouns name attacks whose "in" still names the attacked country:
// "Russia's war in Ukraine", "the U.S. invasion in Iraq".
var occupyingNouns = set("war", "invasion", "aggression", "incursion")

// targetPlaces name what an attack hits inside a country, making the
// country its target.
var targetPlaces = set("bases", "base", "targets", "positions", "settlements", "towns", "cities", "villages", "installations", "facilities", "embassy", "embassies",
	"refinery", "refineries", "depot", "depots", "airfield", "airfields", "airbase", "port", "ports", "plant", "plants", "infrastructure",
	"building", "buildings", "compound", "compounds", "vessel", "vessels", "ship", "ships", "warehouse", "warehouses",
	"hotel", "hotels", "prison", "prisons", "checkpoint", "checkpoints", "camp", "camps", "hospital", "hospitals", "school", "schools",
	"market", "markets", "barracks", "outpost", "outposts", "station", "stations", "airport", "airports", "mosque", "church", "bridge", "bridges",
	"posts", "sites", "site")

// townParts are parts of a town: a strike on them hits the town.
var townParts = set("suburbs", "suburb", "outskirts", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "centre", "center", "districts", "district", "streets")

// stanceObjects are a party's causes: to back or oppose one is to back
// or oppose its owner ("Ukraine's bid", "Morocco's autonomy plan").
var stanceObjects = set("bid", "bids", "plan", "plans", "proposal", "proposals", "policy", "policies", "candidacy", "application",
	"effort", "efforts", "position", "stance", "claim", "claims", "demand", "demands", "invasion", "war", "offensive", "occupation",
	"sovereignty", "independence", "membership", "accession", "program", "programme", "campaign", "government", "reforms",
	"right", "rights", "cause", "struggle", "integrity") // ("Israel's right to defend itself", "Ukraine's territorial integrity")

// hostileActs are what a state or body does against others: to oppose
// one is to oppose its doer.
var hostileActs = set("invasion", "war", "offensive", "occupation", "annexation", "aggression", "blockade", "bombardment", "crackdown",
	"embargo", "airstrikes", "strikes", "bombing", "raids") // (not sanctions: "Russia and China oppose U.N. sanctions on Iran" is a vote in the body, no hostility to it)

// soleCountryBefore returns the one country the sentence names before
// token k as a qualifier, a demonym or a possessive ("sanctions on Rwandan
// army commanders", "on Rwanda's generals"); nil when none or several. A
// country named as an actor is left out: "The U.S. imposed sanctions on
// Kagame over the country's support" means Kagame's country, unnamed.
func (v *sentenceView) soleCountryBefore(k int) *Mention {
	var found *Mention
	for _, m := range v.ms {
		if m.Last > k || actorType(m) != graph.Country || m.Kind != "demonym" && !v.possessive(m.Last) {
			continue
		}
		if found != nil && found.Actor() != m.Actor() {
			return nil
		}
		found = m
	}
	return found
}

// delegationNouns are the people who speak for a body or a state in
// talks: "talks with Taliban leaders", "with a U.S. delegation".
var delegationNouns = set("leaders", "leadership", "officials", "negotiators", "representatives", "envoys", "delegation", "delegations",
	"delegates", "diplomats", "emissaries", "mediators", "commanders", "ministers")

// polityDoers are the relations whose doer nouns a state or a body may
// be: "Iran is the main backer of the Houthis", "Poland, a fierce critic
// of Belarus".
var polityDoers = map[graph.RelationType]bool{graph.Supports: true, graph.Opposes: true}

// fighterModifiers say whose a target is: "militant targets", "rebel
// positions".
var fighterModifiers = set("militant", "rebel", "insurgent", "separatist", "terrorist", "extremist", "guerrilla", "taliban")

// fighterNouns name armed men a demonym may describe.
var fighterNouns = set("militants", "rebels", "insurgents", "separatists", "extremists", "guerrillas", "fighters", "gunmen", "targets", "bomber", "bombers", "gunman", "remnants")

// lightVerbBefore returns the family's light verb that governs the noun
// phrase ending at or after k ("launched a wave of attacks", "carried out
// suicide attacks"), or -1. Another verb between, but for a gerund, ends
// the search: in "has begun to work toward reducing militant attacks" the
// leader begins to work, he launches no attacks.
func lightVerbBefore(v *sentenceView, f *verbFamily, k int) int {
	blocked := false
	for lv := k; lv >= v.s.First && lv >= k-12; lv-- {
		w := v.word(lv)
		switch t := v.toks[lv].Tag; {
		case f.lightVerbs[w]:
			if blocked {
				return -1
			}
			return lv
		case w == "what":
			blocked = false // "launched on February 24 what both have termed a military operation"
		case lv < k && (t == "VB" || t == "VBD" || t == "VBZ" || t == "VBP"):
			blocked = true // "begun to work toward reducing attacks"; a gerund may stand between ("pleaded guilty to shooting and killing")
		}
	}
	return -1
}

// timeNouns may follow an event's noun without being its head: "the
// attack yesterday on".
var timeNouns = set("yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week", "weekend", "overnight")

// doer reads a noun that names who did it, at token i: "James Earl Ray,
// the killer of Martin Luther King", "Ray was the assassin of King",
// "King's killer, James Earl Ray", "the killer of King, James Earl Ray".
// An alleged, suspected or accused killer is no killer yet.
func (l *linkRun) doer(v *sentenceView, f *verbFamily, i int) {
	k := i - 1
	if doerHedges[v.word(k)] {
		return
	}
	for n := 0; n < 2 && k > v.s.First && v.mentionAt(k) == nil && isLowerWord(v.word(k)) && (v.toks[k].Tag == "JJ" || v.toks[k].Tag == "JJS" || v.toks[k].Tag == "RB" ||
		v.toks[k].Tag == "VBN" && v.word(k-1) != "was" && v.word(k-1) != "is"); n++ {
		k-- // "Putin's fiercest domestic critic", "a vocal critic of", "an outspoken critic of"
	}
	if doerHedges[v.word(k)] {
		return
	}
	var doer, victim *Mention
	predicate := false // the doer is the subject of a copula: "Poland has been one of the fiercest critics of Belarus"
	next := i + 1      // where a name in apposition after the phrase would start
	switch {
	case v.word(i+1) == "of":
		var end int
		at := v.skipModifiers(i + 2)
		victim = v.headMentionAt(at)
		if o := v.ownedBy(at, isBody); o != nil {
			victim = o // "the main patron of Yemen's Houthi movement": the movement
		}
		if victim == nil {
			return
		}
		end = victim.Last
		if w := v.word(k); w == "the" || w == "a" || w == "an" {
			k-- // ("an outspoken critic of")
		}
		if v.word(k) == "of" && v.word(k-1) == "one" {
			k -= 2 // "Poland has been one of the fiercest critics of Belarus"
		}
		switch w := v.word(k); {
		case w == ",": // "X, the killer of Y"
			doer = v.mentionAt(k - 1)
		case w == "and":
			// "Boris Nemtsov, a Russian opposition politician and fierce
			// critic of President Vladimir Putin": the second noun of an
			// apposition
			for c := k - 1; c > v.s.First && c >= k-8; c-- {
				if v.word(c) == "," {
					if v.word(c+1) == "and" {
						break // not "admirer of Pope Francis, and critic of": a third noun, whose holder is further back
					}
					if after := v.mentionAt(end + 1); v.word(end) == "," && after != nil && after.Type == graph.Person && after.First == end+1 && v.word(after.Last) == "," {
						break // "President Barack Obama, the Arkansas senator and fierce critic of Iran, Tom Cotton, demanded": the name after, set off in its turn
					}
					if p := v.mentionAt(c - 1); p != nil && p.Type == graph.Person {
						doer = p
					}
					break
				}
				if m := v.mentionAt(c); m != nil && m.Type == graph.Person || m == nil && (!isWord(v.word(c)) || isVerbTag(v.toks[c].Tag)) {
					break // (a body or a nation may qualify the first noun: "a Washington Post columnist")
				}
			}
		case copulas[w]: // "X was the killer of Y", "Iran is the main backer of the Houthis"
			doer, predicate = v.copulaSubject(k), true
		}
		next = end
	case v.possessive(k): // "Y's killer, X"
		victim = v.mentionAt(k - 1)
		c := 0
		if victim != nil {
			c = victim.First - 1
			for n := 0; n < 3 && c > v.s.First && v.titleWordAt(c); n++ {
				c-- // "Alexei Navalny, President Vladimir Putin's fiercest critic,"
			}
		}
		if victim != nil && v.word(c) == "," {
			if p := v.mentionAt(c - 1); p != nil && p.Type == graph.Person && (v.word(i+1) == "," || v.word(i+1) == "." || i+1 >= v.s.Last) {
				doer = p // "John Smith, Ann Lee's murderer, escaped"
			}
		}
		if victim != nil && copulas[v.word(c)] && polityDoers[f.rel] {
			doer = v.mentionAt(c - 1) // "Iran is the Houthis' main backer"
		}
		if victim != nil && v.word(c) == "of" && v.word(c-1) == "one" {
			// "Milei has been one of Israel's strongest supporters"
			if copulas[v.word(c-2)] {
				if m := v.copulaSubject(c - 2); m != nil {
					doer, predicate = m, true
				}
			}
		}
	case v.mentionAt(k) != nil && (v.mentionAt(k).Type == graph.Person || polityDoers[f.rel] && isActor(v.mentionAt(k)) && v.mentionAt(k).Kind != "demonym") &&
		v.mentionAt(i+1) != nil && v.mentionAt(i+1).Type == graph.Person:
		victim = v.mentionAt(k) // "John F. Kennedy assassin Lee Harvey Oswald", "Kremlin critic Alexei Navalny"
	}
	if doer == nil && v.word(next) == "," { // "the killer of Y, X", "Y's killer, X"
		next++
	}
	if doer == nil {
		doer = v.mentionAt(next)
		if doer != nil && doer.First != next {
			doer = nil
		}
	}
	if doer == nil || victim == nil || doer == victim || !f.objectOK(victim) || doer.Type != graph.Person && !(polityDoers[f.rel] && isActor(doer)) {
		return // (a killer is a person; a backer or a critic may be a state)
	}
	if strings.HasSuffix(v.word(i), "s") && !predicate {
		return // "In Liberia, supporters of George Weah": people the words do not name
	}
	l.emitM(v, f.rel, doer, victim, 0.8, string(f.rel)+"-doer", min(doer.First, i), max(doer.Last, victim.Last))
}

// doerHedges before a noun say the text does not vouch for it: "the alleged
// killer".
var doerHedges = set("alleged", "suspected", "accused", "purported", "presumed", "reputed", "would-be", "possible", "likely")

// nounModifiers may stand between a possessor and a relation noun: "Russia's
// full-scale invasion", "Moscow's ongoing negotiations".
var nounModifiers = set("ruling", "governing", "full-scale", "ongoing", "continuing", "brutal", "unprovoked", "military", "renewed",
	"latest", "new", "recent", "planned", "strong", "firm", "staunch", "unwavering", "continued", "bloody",
	"deadly", "massive", "air", "ground", "missile", "drone", "peace", "direct", "bilateral", "economic", "naval", "navy", "artillery", "rocket")

// skipModifiers moves past the words between a verb or preposition and
// the noun phrase's head: determiners, adjectives, "its ally".
func (v *sentenceView) skipModifiers(i int) int {
	if i < v.s.Last {
		// (a cheap test first: the linker asks this a dozen times a verb)
		if t := v.toks[i].Text; t == "the" || t == "The" || placeKindNouns[t] || v.mentionAt(i) != nil {
			if m := v.placeOfKindAt(i); m != nil {
				return m.First // "the Saudi city of Jizan", "the city of Kharkiv"
			}
		}
	}
	for n := 0; i < v.s.Last && n < 5; n++ {
		if v.mentionAt(i) != nil {
			return i
		}
		if k := basedPhraseEnd(v, i); k > i {
			i = k // "sanctioned Hong Kong-based Eastern Bright Trading": where it sits, then its name
			continue
		}
		w := v.word(i)
		switch {
		case w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her":
		case relationNouns[w] || allyModifiers[w] || nounModifiers[w]:
		case v.toks[i].Tag == "JJ" || v.toks[i].Tag == "VBG" && strings.HasSuffix(w, "ing"):
		case w == "suspected" || w == "alleged": // "a NATO attack on suspected Taleban militants"
		default:
			if j := v.nounsBeforeName(i); j > i {
				return j // "killed sniper Charles Whitman", "shot civil rights leader Martin Luther King"
			}
			return i
		}
		i++
	}
	return i
}

// ownedTargets are what a body owns that an attack hits, before "of".
// (not offices or headquarters: "The FBI raided the offices of Huawei" is a search)
var ownedTargets = set("camps", "camp", "hideouts", "hideout", "convoy", "convoys", "patrol", "patrols", "checkpoint", "checkpoints")

// basedPhraseEnd returns the token after a seat adjective that starts at
// i ("Hong Kong-based", "Toronto-headquartered"), or i when none does.
func basedPhraseEnd(v *sentenceView, i int) int {
	for k := i; k < v.s.Last && k < i+3; k++ {
		if basedAdjective(v.toks[k].Text) {
			return k + 1
		}
		if !isCap(v.toks[k].Text) || !isWord(v.toks[k].Text) {
			return i
		}
	}
	return i
}

// ownedBy returns the mention right after a country's possessive at token
// k when ok accepts it: "Afghanistan's Paktika province", "Yemen's Houthi
// movement"; else nil.
func (v *sentenceView) ownedBy(k int, ok func(*Mention) bool) *Mention {
	c := v.mentionAt(k)
	if c == nil || c.First != k || actorType(c) != graph.Country || c.Kind == "demonym" || !v.possessive(c.Last) {
		return nil
	}
	if p := v.mentionAt(c.Last + 1); p != nil && p.First == c.Last+1 && ok(p) {
		return p
	}
	return nil
}

// isPlace, isBody and isPolity tell a place's mention, a body's (no
// government one stands for) and a state's or a body's.
func isPlace(m *Mention) bool  { return m.Type == graph.Location }
func isBody(m *Mention) bool   { return m.Type == graph.Org && m.StandsFor == "" }
func isPolity(m *Mention) bool { return actorType(m) == graph.Country || isBody(m) }

// bartered reports whether "traded artillery with Russia" at i is a trade
// of arms, not an exchange of fire: "for oil", "in exchange for".
func bartered(v *sentenceView, i int) bool {
	if strings.HasPrefix(v.word(i), "exchang") {
		return false // "exchanged artillery fire", "exchanged strikes": blows
	}
	if b := v.word(i + 1); b != "fire" && b != "gunfire" && b != "blows" {
		return true // one trades rockets and artillery; one exchanges fire
	}
	for k := i + 3; k < v.s.Last && k < i+10; k++ {
		if v.word(k) == "for" || v.word(k) == "exchange" {
			return true
		}
	}
	return false
}

// demonymStrike reports whether the strike noun at i that demonym m owns
// is a military strike, not a walkout: "Israeli strikes on Gaza" (a
// place struck), "an Israeli airstrike in Khan Younis", "an Israeli
// strike in Khan Younis" (one strike, in another country's town); not
// "German strikes on Lufthansa", "French strikes in Saint-Nazaire".
func (l *linkRun) demonymStrike(v *sentenceView, i int, m *Mention) bool {
	if w := v.word(i); w != "strikes" && w != "strike" {
		return false
	}
	switch t := v.mentionAt(i + 2); {
	case t == nil || t.First != i+2 || t.Kind == "demonym" || t.Type != graph.Location && t.Type != graph.Country:
		return false
	case v.word(i+1) == "on":
		return true
	case v.word(i+1) == "in":
		c := l.gaz.CountryOf(t.Entity)
		return v.word(i) == "strike" && (v.word(m.First-1) == "a" || v.word(m.First-1) == "an") && c != "" && c != m.Actor()
	}
	return false
}

// nounsBeforeName returns where the name after lower-case nouns at i
// starts, when up to three such nouns lead straight to a person: "sniper
// Charles Whitman", "tower sniper Charles Whitman"; else i.
func (v *sentenceView) nounsBeforeName(i int) int {
	j := i
	bare := false // capitalised words no title follows yet: "Dallas Police Officer J.D. Tippit" ends them with one
scan:
	for j < v.s.Last && j < i+5 && v.mentionAt(j) == nil {
		switch t := v.toks[j]; {
		case isTitleWord(t.Text):
			bare = false
		case isLowerWord(t.Text) && strings.HasPrefix(t.Tag, "NN"):
		case isCap(t.Text) && isWord(t.Text) && !isFunctionTag(t.Tag):
			bare = true // "Embassy Third Secretary", "Police Officer"
		default:
			break scan
		}
		j++ // "tower sniper", "Police Officer"
	}
	if m := v.mentionAt(j); j > i && !bare && m != nil && m.First == j && m.Type == graph.Person {
		return j
	}
	if m := v.mentionAt(j); j > i && !bare && m != nil && m.First == j && m.Type == graph.Org && (groupKinds[v.word(j-1)] || bodyKindNouns[v.word(j-1)]) {
		return j // "accused the militant group Jaish al-Adl"
	}
	return i
}

// stateAttackNouns are attacks only a state's forces make: "the American
// invasion of Iraq", "Israeli airstrikes on Gaza" (where "Palestinian
// attacks on Israel" are militants', not a state's).
var stateAttackNouns = set("invasion", "incursion", "airstrikes", "airstrike", "bombardment", "raid", "raids", "shelling")

// toDeath reads killings told by a verb and "to death" ("X stabbed Y to
// death", "Y was beaten to death by X") and by "gunned down".
func (l *linkRun) toDeath(v *sentenceView) {
	for i := v.s.First + 1; i < v.s.Last; i++ {
		w := v.word(i)
		switch {
		case (w == "died" || w == "dies") && (v.word(i+1) == "in" || v.word(i+1) == "during") && (v.word(i+2) == "a" || v.word(i+2) == "an"):
			// "al-Baghdadi died during a U.S. raid in Syria": the state or
			// body whose strike it was killed him
			k := i + 3
			m := v.mentionAt(k)
			if m == nil || m.First != k || actorType(m) != graph.Country && (m.Type != graph.Org || m.StandsFor != "") {
				continue
			}
			n := m.Last
			for n < v.s.Last && n < m.Last+2 && (forceModifiers[v.word(n)] || v.word(n) == "military") {
				n++
			}
			if !strikeNouns[v.word(n)] && v.word(n) != "attack" && v.word(n) != "operation" {
				continue
			}
			for _, y := range l.subjectOf(v, i) {
				if y.Type == graph.Person {
					l.emitM(v, graph.Killed, m, y, 0.75, "died-in-strike", y.First, n+1)
				}
			}
		case w == "gunned" && v.word(i+1) == "down" && !isPassiveAux(v.word(i-1)):
			if y := v.headMentionAt(i + 2); y != nil && y.Type == graph.Person {
				for _, x := range l.subjectOf(v, i) {
					if x.Type == graph.Person && x != y {
						l.emitM(v, graph.Killed, x, y, 0.85, "killed-verb", x.Last, y.First)
					}
				}
			}
		case w == "gunned" && v.word(i+1) == "down" && v.word(i+2) == "by" && isPassiveAux(v.word(i-1)):
			l.killedBy(v, i-1, i+3) // "Y was gunned down by X"
		case deathVerbs[w] && fatalAdverbs[v.word(i-1)] && isPassiveAux(v.word(i-2)) && v.word(i+1) == "by":
			l.killedBy(v, i-2, i+2) // "Y was fatally stabbed by X"
		case deathVerbs[w] && w != "wounded" && fatalAdverbs[v.word(i-1)] && !isPassiveAux(v.word(i-2)): // (the killing family reads "mortally wounded Y")
			// "X fatally stabbed Y"
			if y := v.headMentionAt(i + 1); y != nil && y.Type == graph.Person {
				for _, x := range l.subjectOf(v, i-1) {
					if x.Type == graph.Person && x != y {
						l.emitM(v, graph.Killed, x, y, 0.85, "killed-verb", x.Last, y.Last)
					}
				}
			}
		case deathVerbs[w] && isPassiveAux(v.word(i-1)) && v.word(i+1) == "to" && v.word(i+2) == "death" && v.word(i+3) == "by":
			l.killedBy(v, i-1, i+4) // "Y was stabbed to death by X"
		case deathVerbs[w] && !isPassiveAux(v.word(i-1)):
			// "X stabbed Y to death", "X beat his wife, Y, to death"
			y := v.headMentionAt(i + 1)
			if y == nil || y.Type != graph.Person || v.word(y.Last) != "to" || v.word(y.Last+1) != "death" {
				continue
			}
			for _, x := range l.subjectOf(v, i) {
				if x.Type == graph.Person && x != y {
					l.emitM(v, graph.Killed, x, y, 0.85, "killed-verb", x.Last, y.Last+2)
				}
			}
		}
	}
}

// killingReferred reads a killer named for "the killing" of someone the
// sentence said was killed: "Boris Nemtsov was shot dead near the Kremlin,
// and a Moscow court later convicted Zaur Dadayev of the killing",
// "Marielle Franco was shot dead in Rio, and Ronnie Lessa, who confessed
// to the killing, was sentenced". A conviction or a confession names the
// killer; "accused of", "charged with" do not.
func (l *linkRun) killingReferred(v *sentenceView) {
	for i := v.s.First + 2; i < v.s.Last; i++ {
		if !killingNouns[v.word(i)] || v.word(i-1) != "the" || v.word(i+1) == "of" {
			continue
		}
		var killers []*Mention
		switch {
		case v.word(i-2) == "of" && (v.word(i-3) == "guilty" || v.word(i-3) == "convicted"):
			if isPassiveAux(v.word(i-4)) || v.word(i-3) == "guilty" {
				killers = l.subjectOf(v, v.auxStart(i-4)) // "Dadayev was convicted of the killing"
				break
			}
			fallthrough
		case v.word(i-2) == "of":
			// "convicted Chechen ex-policeman Zaur Dadayev of the killing"
			for k := i - 3; k > v.s.First && k >= i-9; k-- {
				if v.word(k) == "convicted" {
					if p := v.headMentionAt(k + 1); p != nil && p.Type == graph.Person && p.Last == i-2 {
						killers = []*Mention{p}
					}
					break
				}
			}
		case v.word(i-2) == "to" && (v.word(i-3) == "confessed" || v.word(i-3) == "admitted"):
			killers = l.subjectOf(v, i-3) // "Lessa, who confessed to the killing"
			if len(killers) == 0 && v.word(i-4) == "who" && v.word(i-5) == "," {
				if p := v.mentionAt(i - 6); p != nil && p.Last == i-5 {
					killers = []*Mention{p}
				}
			}
		}
		if len(killers) != 1 || killers[0].Type != graph.Person || v.anyWord(clearedWords) {
			continue // "Amanda Knox, who was convicted of the murder, was later acquitted"
		}
		var victims []*Mention
		for k := v.s.First + 1; k < killers[0].First-1; k++ {
			w := v.word(k + 1)
			if isPassiveAux(v.word(k)) && (w == "killed" || w == "assassinated" || w == "murdered" || w == "slain" || w == "shot" && v.word(k+2) == "dead") {
				for _, p := range l.subjectOf(v, v.auxStart(k)) {
					if p.Type == graph.Person {
						victims = append(victims, p)
					}
				}
			}
		}
		if len(victims) == 1 && victims[0] != killers[0] {
			l.emitM(v, graph.Killed, killers[0], victims[0], 0.7, "killing-referred", victims[0].First, i+1)
		}
	}
}

// firstPersonFrom returns the first person named from token k, past
// other names and lower-case words describing the person ("Highway 50
// sniper Kenneth Earl Millikan"; counted: numbers too), or nil at a verb,
// a comma, "and", "of", an article or a possessive pronoun (not "killing
// two people at a rally for Benazir Bhutto", "the bodyguard of President
// Omar Bongo").
func (v *sentenceView) firstPersonFrom(k int, counted bool) *Mention {
	for n := k; n < v.s.Last && n < k+9; n++ {
		if m := v.mentionAt(n); m != nil {
			if m.Type == graph.Person && !v.possessive(m.Last) {
				return m
			}
			n = m.Last - 1
			continue
		}
		if w := v.word(n); isVerbTag(v.toks[n].Tag) || w == "," || w == "and" || w == "of" || w == "the" || w == "a" || w == "an" || w == "his" || w == "her" ||
			!isLowerWord(w) && !isCap(v.toks[n].Text) && !(counted && v.toks[n].Tag == "CD") {
			return nil
		}
	}
	return nil
}

// usedToKill reads one who "used" a weapon to kill: "the gun Jack Ruby
// used to kill Lee Harvey Oswald", "Ruby used a .38 revolver to kill
// Oswald". (A conviction of killing is the killing family's light verb:
// "A jury convicted Highway 50 sniper Kenneth Earl Millikan of killing
// BART employee Peter J. Martinelli".) A negation between the two is
// emit's to read.
func (l *linkRun) usedToKill(v *sentenceView) {
	if v.anyWord(clearedWords) {
		return
	}
	for i := v.s.First + 3; i+1 < v.s.Last; i++ {
		if w := v.word(i); w != "kill" && w != "murder" && w != "assassinate" || v.word(i-1) != "to" {
			continue
		}
		var killer *Mention
		for u := i - 2; u > v.s.First && u >= i-6; u-- {
			if v.word(u) != "used" {
				continue
			}
			if p := v.mentionAt(u - 1); p != nil && p.Last == u && p.Type == graph.Person {
				killer = p
			} else if subj := l.subjectOf(v, u); len(subj) == 1 && subj[0].Type == graph.Person {
				killer = subj[0]
			}
			break
		}
		if killer == nil {
			continue
		}
		if y := v.firstPersonFrom(i+1, false); y != nil && y != killer {
			l.emitM(v, graph.Killed, killer, y, 0.8, "used-to-kill", killer.First, y.Last)
		}
	}
}

// punishedFor reads a killer from the punishment the sentence says he
// serves or was given for the killing of someone: "Ray is being held on a
// 99-year sentence for the April 4, 1968, slaying of King", "After two
// decades in prison for the assassination of King, James Earl Ray says". A
// court's sentence names the killer; a charge does not.
func (l *linkRun) punishedFor(v *sentenceView) {
	for i := v.s.First + 2; i+1 < v.s.Last; i++ {
		if !killingNouns[v.word(i)] && v.word(i) != "slayings" {
			continue
		}
		var victim *Mention
		k := i - 1 // back over "the April 4, 1968,", "his brutal"
		if v.word(i+1) == "of" {
			victim = v.headMentionAt(v.skipModifiers(i + 2))
		} else if m := v.mentionAt(i - 2); m != nil && m.Last == i-1 && v.possessive(m.Last) {
			victim, k = m, m.First-1 // "sentenced to death for Kennedy's murder"
		}
		if victim == nil || victim.Type != graph.Person || v.possessive(victim.Last) && victim.Last+1 != i {
			continue
		}
		for n := 0; n < 8 && k > v.s.First; n++ {
			w := v.word(k)
			if w == "attempted" || w == "attempt" || w == "alleged" {
				k = v.s.First // "in jail for the attempted murder of": no death
				break
			}
			if d := v.mentionAt(k); d != nil && d.Type == graph.Date {
				k = d.First - 1
			} else if w == "," && v.mentionAt(k-1) != nil && v.mentionAt(k-1).Type == graph.Date || w == "the" || w == "his" || w == "her" ||
				v.mentionAt(k) == nil && (v.toks[k].Tag == "JJ" && isLowerWord(w) || v.toks[k].Tag == "CD") {
				k--
			} else {
				break
			}
		}
		if v.word(k) != "for" {
			continue
		}
		pun := -1
		for j := k - 1; j > v.s.First && j >= k-4; j-- {
			if punishWords[v.word(j)] || v.word(j) == "life" && v.word(j-1) == "to" || v.word(j) == "years" && v.toks[j-1].Tag == "CD" && v.word(j-2) == "serving" {
				pun = j
				break
			}
		}
		if pun < 0 || v.anyWord(clearedWords) || v.anyWord(negators) {
			continue // "spent 20 years in prison for the murder of X before DNA evidence freed him", "a crime he did not commit"
		}
		var killers []*Mention
		if w := v.word(v.s.First); (w == "after" || w == "since" || w == "following") && v.word(victim.Last) == "," {
			// the opening phrase's: "After ... for the assassination of
			// King, James Earl Ray says" (not "..., Tom Brown's brother",
			// "..., Mary Jones, the killer's mother,")
			if m := v.mentionAt(victim.Last + 1); m != nil && m.First == victim.Last+1 && m.Type == graph.Person && !v.possessive(m.Last) && v.word(m.Last) != "," {
				killers = []*Mention{m}
			}
		} else {
			h := pun
			for h > v.s.First && !isVerbTag(v.toks[h].Tag) {
				h--
			}
			// the punished one's own verb: "was sentenced", "is being held",
			// "is serving", "spent" (not "faces", "won", "called", "asked")
			if w := v.word(h); h >= pun-12 && (servedVerbs[w] || punishVerbs[w] && v.auxStart(h) < h && isPassiveAux(v.word(h-1))) {
				killers = l.subjectOf(v, v.auxStart(h))
			}
		}
		if len(killers) != 1 || killers[0].Type != graph.Person || killers[0] == victim {
			continue
		}
		l.emitM(v, graph.Killed, killers[0], victim, 0.8, "punished-for", killers[0].First, victim.Last)
	}
}

// actedAlone reads who killed from a finding that he acted alone, or not,
// in the killing: "Lee Harvey Oswald acted alone in the Kennedy slaying",
// "believed that Oswald did not act alone in the slaying of President
// Kennedy" (either way he took part). Not "in the attempted murder of":
// no death.
func (l *linkRun) actedAlone(v *sentenceView) {
	for i := v.s.First + 1; i+3 < v.s.Last; i++ {
		if w := v.word(i - 1); v.word(i) != "alone" || v.word(i+1) != "in" || w != "act" && w != "acted" && w != "acts" && w != "acting" {
			continue
		}
		k := i + 2
		if v.word(k) == "the" {
			k++
		}
		var victim *Mention
		if m := v.mentionAt(k); m != nil && m.First == k && killingNouns[v.word(m.Last)] {
			victim = m // "the Kennedy slaying"
		} else if killingNouns[v.word(k)] && v.word(k+1) == "of" {
			victim = v.headMentionAt(v.skipModifiers(k + 2))
		}
		if victim == nil || victim.Type != graph.Person || v.possessive(victim.Last) {
			continue
		}
		h := i - 1
		if negators[v.word(h-1)] {
			h--
		}
		killers := l.subjectOf(v, v.auxStart(h))
		if len(killers) != 1 || killers[0].Type != graph.Person || killers[0] == victim {
			continue
		}
		l.emitM(v, graph.Killed, killers[0], victim, 0.8, "acted-alone", i-1, victim.Last) // (from "act": "not acting alone" negates only the "alone")
	}
}

// punishVerbs give a punishment (read in the passive only: "was
// sentenced"; "the judge who sentenced X" is no prisoner), and servedVerbs
// tell of one serving it.
var (
	punishVerbs = set("sentenced", "jailed", "imprisoned", "held", "executed", "hanged", "convicted", "locked")
	servedVerbs = set("serving", "serves", "served", "spent", "spending")
)

// punishWords name a sentence served or given: "a 99-year sentence", "in
// prison" ("life" and "years" only as "sentenced to life", "serving 99
// years").
var punishWords = set("sentence", "sentences", "prison", "jail", "term", "imprisonment", "sentenced", "jailed",
	"imprisoned", "executed", "hanged", "penalty")

// clearedWords say a conviction did not stand: acquitted, overturned,
// freed on appeal, exonerated.
var clearedWords = set("acquitted", "acquittal", "overturned", "appeal", "exonerated", "cleared", "quashed", "wrongly", "pardoned",
	"innocent", "innocence", "freed", "wrongful", "wrongfully")

// anyWord reports whether one of the sentence's words is in words.
func (v *sentenceView) anyWord(words map[string]bool) bool {
	return v.wordIn(v.s.First, v.s.Last, words)
}

// circumstance reports whether m says where or when: a place, a country
// or a date.
func circumstance(m *Mention) bool {
	return m.Type == graph.Location || m.Type == graph.Country || m.Type == graph.Date
}

// nameModifies reports whether name m stands between a determiner or a
// possessive pronoun (partyOpeners) and a lower-case noun it modifies:
// "his Upper West Side home", "the Tivoli theatre".
func nameModifies(v *sentenceView, m *Mention) bool {
	if m.Last >= v.s.Last || !partyOpeners[v.word(m.First-1)] {
		return false
	}
	t := v.toks[m.Last]
	return strings.HasPrefix(t.Tag, "NN") && isLowerWord(t.Text)
}

// killingNouns name a killing that "the" can refer back to.
var killingNouns = set("killing", "killings", "murder", "murders", "assassination", "slaying")

// killedBy emits that the person named at by killed the person or people
// the passive clause whose auxiliary stands at aux is about: "Y was gunned
// down by X", "Y was fatally stabbed by X".
func (l *linkRun) killedBy(v *sentenceView, aux, by int) {
	x := v.headMentionAt(by)
	if x == nil || x.Type != graph.Person {
		return
	}
	for _, y := range l.subjectOf(v, v.auxStart(aux)) {
		if y.Type == graph.Person && x != y {
			l.emitM(v, graph.Killed, x, y, 0.85, "killed-passive", y.Last, x.First)
		}
	}
}

// fatalAdverbs make a wounding verb a killing: "fatally stabbed",
// "mortally wounded".
var fatalAdverbs = set("fatally", "mortally")

// hostileStances reads opposition told by a vow to fight ("Burhan vowed
// to fight the Rapid Support Forces") and by branding a body terrorist
// ("the junta declared the NUG a terrorist organisation", "Hamas was
// designated a terrorist group by the EU").
func (l *linkRun) hostileStances(v *sentenceView) {
	for i := v.s.First + 1; i+3 < v.s.Last; i++ {
		w := v.word(i)
		switch {
		case vowVerbs[w] && v.word(i+1) == "to" && (fightVerbs[v.word(i+2)] || defeatVerbs[v.word(i+2)]):
			obj := v.headMentionAt(v.skipModifiers(i + 3))
			if obj == nil || !isActor(obj) || v.possessive(obj.Last) {
				continue // (not "vowed to fight Iran's enemies")
			}
			for _, s := range l.subjectOf(v, i) {
				if isActor(s) && s.Actor() != obj.Actor() {
					l.emitM(v, graph.Opposes, s, obj, 0.75, "vowed-to-fight", s.Last, obj.Last)
				}
			}
		case brandVerbs[w] && !isPassiveAux(v.word(i-1)):
			obj := v.headMentionAt(v.skipModifiers(i + 1))
			if obj == nil || obj.Type != graph.Org || obj.StandsFor != "" || !terroristAfter(v, obj.Last) {
				continue
			}
			for _, s := range l.subjectOf(v, i) {
				if isActor(s) && s.Type != graph.Person && s.Actor() != obj.Actor() && !l.stated(v, graph.Opposes, s.Actor(), obj.Actor()) {
					l.emitM(v, graph.Opposes, s, obj, 0.8, "terrorist-listing", s.Last, obj.Last)
				}
			}
		case brandVerbs[w] && isPassiveAux(v.word(i-1)) && terroristAfter(v, i+1):
			// "Hamas was designated a terrorist group by the EU"
			k := i + 1
			for k < v.s.Last && k < i+8 && v.word(k) != "by" && v.word(k) != "," {
				k++ // (not "designated a terrorist group, a move condemned by Iran")
			}
			by := v.headMentionAt(k + 1)
			if v.word(k) != "by" || by == nil || !isActor(by) || by.Type == graph.Person {
				continue
			}
			for _, s := range l.subjectOf(v, v.auxStart(i-1)) {
				if s.Type == graph.Org && s.StandsFor == "" && s.Actor() != by.Actor() {
					l.emitM(v, graph.Opposes, by, s, 0.8, "terrorist-listing", s.Last, by.Last)
				}
			}
		}
	}
}

// stated reports whether a pattern has already read the relation in this
// sentence (so that a second reading of the same words adds no certainty).
func (l *linkRun) stated(v *sentenceView, typ graph.RelationType, src, tgt string) bool {
	for _, c := range l.sentenceEdges() {
		if c.view == v && c.typ == typ && c.src == src && c.tgt == tgt {
			return true
		}
	}
	return false
}

// sentenceEdges returns the edges the passes have read so far in the
// sentence they are reading.
func (l *linkRun) sentenceEdges() []candidate { return l.out[l.sentOut:] }

// terroristAfter reports whether "(as) a terrorist organisation" (or
// group, entity) follows token k.
func terroristAfter(v *sentenceView, k int) bool {
	if v.word(k) == "as" {
		k++
	}
	if w := v.word(k); w == "a" || w == "an" {
		k++
	}
	if v.word(k) == "foreign" {
		k++ // "a foreign terrorist organization"
	}
	switch v.word(k + 1) {
	case "organisation", "organization", "group", "entity", "organisations", "organizations", "groups":
		return v.word(k) == "terrorist" || v.word(k) == "terror"
	}
	return false
}

// vowVerbs and defeatVerbs tell a vow to fight ("vowed to crush the
// rebels"); brandVerbs list a body as something ("designated Hamas a
// terrorist group"; "branded" and "labelled" are name-calling's).
var (
	vowVerbs    = set("vowed", "vows", "vow", "pledged", "pledges", "promised", "promises", "swore", "swears")
	defeatVerbs = set("defeat", "crush", "destroy", "eliminate", "eradicate")
	brandVerbs  = set("declared", "declares", "designated", "designates", "listed", "lists", "blacklisted", "branded", "labelled", "labeled")
)

// proxies reads a patron and the armed group that serves it: "Hezbollah,
// Iran's most powerful proxy,", "Iran's proxies, including Hezbollah and
// the Houthis", "The Houthis are an Iranian proxy", "a proxy of Iran":
// the patron supports the proxy.
func (l *linkRun) proxies(v *sentenceView) {
	group := func(m *Mention) bool { return m != nil && m.Type == graph.Org && m.StandsFor == "" }
	for i := v.s.First + 1; i < v.s.Last; i++ {
		if w := v.word(i); w != "proxy" && w != "proxies" {
			continue
		}
		k := i - 1
		for n := 0; n < 3 && k > v.s.First && v.mentionAt(k) == nil && isLowerWord(v.toks[k].Text) && (v.toks[k].Tag == "JJ" || v.toks[k].Tag == "JJS" || v.toks[k].Tag == "RBS" || v.toks[k].Tag == "RB"); n++ {
			k-- // "Iran's most powerful proxy"
		}
		var patron *Mention
		switch {
		case v.possessive(k):
			if patron = v.mentionAt(k - 1); patron != nil {
				k = patron.First - 1
			}
		case v.mentionAt(k) != nil && v.mentionAt(k).Kind == "demonym" && v.mentionAt(k).Last == k+1:
			patron = v.mentionAt(k) // "an Iranian proxy"
			k = patron.First - 1
		case v.word(i+1) == "of" || v.word(i+1) == "for":
			patron = v.headMentionAt(v.skipModifiers(i + 2))
		}
		if patron == nil || actorType(patron) != graph.Country && !group(patron) {
			continue
		}
		if w := v.word(k); w == "a" || w == "an" || w == "the" {
			k--
		}
		var served []*Mention
		switch j := i + 1; {
		case copulas[v.word(k)]:
			served = v.listBefore(v.subjectEnd(k)) // "The Houthis are an Iranian proxy"
		case v.word(k) == "," && group(v.mentionAt(k-1)):
			served = []*Mention{v.mentionAt(k - 1)} // "Hezbollah, Iran's most powerful proxy,"
		default:
			if v.word(j) == "," {
				// "Iran's proxies, including Hezbollah and the Houthis"; not
				// "the Houthis act as Iran's proxy, the Islamic State said"
				switch {
				case v.word(j+1) == "including":
					j += 2
				case v.word(j+1) == "such" && v.word(j+2) == "as":
					j += 3
				default:
					continue
				}
			}
			served, _ = v.listAt(v.skipModifiers(j)) // "Iran's proxy Hezbollah"
		}
		for _, g := range served {
			if group(g) && g.Entity != patron.Actor() {
				l.emitM(v, graph.Supports, patron, g, 0.75, "proxy", min(g.First, patron.First), max(g.Last, i+1))
			}
		}
	}
}

// carriedOutBy reads attacks told in the passive with the place they hit
// before them: "The 2008 Mumbai attacks were carried out by
// Lashkar-e-Taiba", "the attack on Kharkiv was carried out by Russian
// forces".
func (l *linkRun) carriedOutBy(v *sentenceView) {
	for i := v.s.First + 1; i+4 < v.s.Last; i++ {
		if !isPassiveAux(v.word(i)) || v.word(i+1) != "carried" || v.word(i+2) != "out" || v.word(i+3) != "by" {
			continue
		}
		var target *Mention
		start := 0 // where the attack's noun phrase starts
		switch n := i - 1; {
		case attackNouns[v.word(n)]:
			if p := v.mentionAt(n - 1); p != nil && p.Last == n && p.Type == graph.Location && p.Kind != "demonym" {
				target, start = asTown(p), p.First // "the Mumbai attacks"
			}
		default:
			// "the attack on Kharkiv was carried out by"
			if p := v.mentionAt(n); p != nil && p.Last == i && p.First >= v.s.First+2 && (v.word(p.First-1) == "on" || v.word(p.First-1) == "against") &&
				attackNouns[v.word(p.First-2)] && (p.Type == graph.Location || actorType(p) == graph.Country) && p.Kind != "demonym" {
				target, start = p, p.First-2
			}
		}
		for start > v.s.First && (v.word(start-1) == "the" || v.word(start-1) == "an" || v.word(start-1) == "a" || v.toks[start-1].Tag == "CD" || v.toks[start-1].Tag == "JJ") {
			start--
		}
		if target == nil || start > v.s.First && v.word(start-1) != "," && v.word(start-1) != "and" {
			continue // "The probe into the Mumbai attacks was carried out by the FBI": the probe was
		}
		k := v.skipModifiers(i + 4)
		agents, _ := v.listAt(k)
		if m := v.mentionAt(k); len(agents) == 0 && m != nil && m.First == k && m.Kind == "demonym" && forceNouns[v.word(m.Last)] {
			agents = []*Mention{m}
		}
		for _, a := range agents {
			if (isActor(a) || a.Kind == "demonym" && forceNouns[v.word(a.Last)]) && a.Type != graph.Person && a.Actor() != target.Actor() { // ("by Russian troops")
				l.emitM(v, graph.Attacked, a, target, 0.8, "attacked-passive", target.First, a.Last)
			}
		}
	}
}

// attackNouns name attacks in "the ... attacks were carried out by".
var attackNouns = union(strikeNouns, set("attack", "attacks", "bombings", "assault"))

// deathVerbs kill when "to death" follows their object, or "fatally"
// comes before them.
var deathVerbs = set("stabbed", "wounded", "beat", "beaten", "hacked", "bludgeoned", "burned", "burnt", "stoned", "kicked", "clubbed",
	"tortured", "choked", "strangled", "starved", "crushed", "trampled")

// pronounBefore reports whether a personal pronoun is the subject of the
// verb at i, past its auxiliaries and adverbs: "it was occupied", "It
// occupied Korea".
func (v *sentenceView) pronounBefore(i int) bool {
	k := i - 1
	for k > v.s.First && (auxiliaries[v.word(k)] || isPassiveAux(v.word(k)) || v.word(k) == "been" || strings.HasSuffix(v.word(k), "ly")) {
		k--
	}
	switch v.word(k) {
	case "it", "they", "he", "she":
		return true
	}
	return false
}

// nounAfterObject reports whether the names after the verb at i modify a
// noun after them: "captured the Wimbledon and U.S. Open titles".
func (v *sentenceView) nounAfterObject(i int) bool {
	m := v.mentionAt(v.skipModifiers(i + 1))
	if m == nil {
		return false
	}
	end := m.Last
	// past more names the tagger did not take: "the Wimbledon and U.S. Open titles"
	for n := 0; n < 5 && end < v.s.Last && (v.word(end) == "and" || isCap(v.toks[end].Text) && v.mentionAt(end) == nil); n++ {
		end++
	}
	if end >= v.s.Last {
		return false
	}
	t := v.toks[end]
	return strings.HasPrefix(t.Tag, "NN") && isLowerWord(t.Text)
}

// subjectOf returns the subject of the verb at i: the actors right before
// it ("Belarus and Russia are allied"), the antecedent of a relative
// pronoun ("Booth, who killed Lincoln"), or of a personal pronoun ("He
// attacked ...").
func (l *linkRun) subjectOf(v *sentenceView, i int) []*Mention {
	end := v.subjectEnd(i)
	if s := v.alongWith(end); s != nil {
		return s
	}
	if s := l.countriesCounted(v, end); s != nil {
		return s
	}
	if k := v.appositionStart(end); k > 0 {
		end = k // "Putin, Russia's president, met Xi": past the apposition
	} else if k := v.relativeClauseStart(end); k > 0 {
		end = k // "Oswald, the man who shot Kennedy, was killed by Ruby": past the clause
	} else if v.word(end-1) == "," {
		// "The two leaders, Putin and Xi, met": the names in apposition
		// to a description are the subject.
		if list := v.listBefore(end - 1); len(list) > 0 {
			k := list[0].First - 1
			for n := 0; n < 3 && k > v.s.First && v.mentionAt(k) == nil && v.titleWordAt(k); n++ {
				k-- // "Pakistan's army chief, Field Marshal Asim Munir, met Trump"
			}
			if v.word(k) == "," {
				return list
			}
			if c := v.mentionAt(k - 1); k < list[0].First-2 && v.possessive(k) && c != nil && c.Last == k && actorType(c) != graph.Person && c.First == v.s.First {
				return list // "Qatar's emir, Sheikh Tamim, received Haniyeh": the description opens the sentence
			}
		}
	}
	subj := v.listBefore(end)
	if m := v.bodyNamedWithKind(end); len(subj) == 0 && m != nil {
		subj = []*Mention{m} // "The Houthi movement seized Sanaa": the body named with its kind
	}
	if len(subj) > 0 {
		// Actors inside a prepositional phrase are not the subject:
		// "envoys from X and Y met ...".
		k := subj[0].First - 1
		for n := 0; n < 5 && k > v.s.First && (v.word(k) == "the" || v.toks[k].Tag == "JJ" && isLowerWord(v.word(k)) || honorifics[lowerNoDot(v.word(k))] || nameParticles[v.word(k)] ||
			subj[0].Type == graph.Person && v.mentionAt(k) == nil && v.titleWordAt(k) ||
			v.mentionAt(k) != nil && v.mentionAt(k).Kind == "demonym"); n++ {
			if m := v.mentionAt(k); m != nil {
				k = m.First // "A spokeswoman for Israeli Prime Minister Ehud Olmert criticized": the spokeswoman
			}
			k-- // "of the powerful Senate Armed Services Committee", "for the family of Mr. de Menezes"
		}
		if subj[0].First > v.s.First && phrasePreps[v.word(k)] {
			if p := v.mentionAt(k - 1); v.word(k) == "of" && len(subj) == 1 && p != nil && p.Type == graph.Person && p.Last == k {
				return []*Mention{p} // "King Salman of Saudi Arabia received Putin": the king, of his country
			}
			return nil // "Diplomats from the United States, Japan and South Korea will meet"
		}
		if k > v.s.First && v.mentionAt(k) == nil && (v.toks[k].Tag == "VBG" || v.toks[k].Tag == "VBN" && v.word(k-1) != ",") &&
			v.mentionAt(k-1) == nil && strings.HasPrefix(v.toks[k-1].Tag, "NN") && isLowerWord(v.word(k-1)) {
			return nil // "The coup ousting Mohamed Bazoum was condemned by France": the coup, which a participle describes
		}
		return subj
	}
	w := v.word(end - 1)
	if ruleBodies[w] || w == "authorities" {
		// "Colombia's government resumed peace talks with the ELN", "The
		// Colombian government held talks": the state
		if c := v.describedBefore(end - 1); c != nil && actorType(c) == graph.Country {
			return []*Mention{c}
		}
	}
	switch w {
	case "who", "which", "that":
		k := end - 2
		if v.word(k) == "and" {
			// "Oswald was the gunman who killed Kennedy and who later
			// killed Tippit": the first relative clause's antecedent.
			for j := k - 1; j > v.s.First; j-- {
				if v.word(j) == w {
					return l.subjectOf(v, j+1)
				}
			}
		}
		if w := v.word(k); w == "," || w == "(" || w == "\u2013" || w == "\u2014" || w == "-" || w == "--" {
			k-- // "X, who", "X – who", "Leon Czolgosz (who assassinated President McKinley)"
		}
		if m := v.bodyNamedWithKind(k + 1); v.mentionAt(k) == nil && m != nil && (w == "which" || w == "that") && !phrasePreps[v.word(m.First-1)] {
			return []*Mention{m} // "The Islamic State Khorasan Province group, which opposes the Taliban,": the body named with its kind
		}
		if m := v.mentionAt(k); m != nil && (v.actor(m) || m.Type == graph.Person) && !phrasePreps[v.word(m.First-1)] {
			// not "the 1993 treaty with Israel that created the Palestinian
			// Authority": after a preposition the name only completes the
			// noun the clause is about.
			if list := v.listBefore(k + 1); w == "which" && v.word(k+1) == "," && len(list) > 1 && list[len(list)-1] == m && v.word(list[0].First-1) != "between" {
				return list // "Ukraine and Moldova, which applied to join the bloc in March": both
			}
			return []*Mention{m}
		}
		if m := v.mentionAt(k); w == "who" && m != nil && m.Last == k+1 && (v.word(m.First-1) == "in" || v.word(m.First-1) == "from") {
			// "The Houthis in Yemen, who are backed by Iran,": who are the
			// people before the place
			if p := v.mentionAt(m.First - 2); p != nil && p.Last == m.First-1 && (p.Type == graph.Person || p.Type == graph.Org && p.StandsFor == "") {
				return []*Mention{p}
			}
		}
		if m := v.predicateSubject(k); m != nil && w == "who" {
			return []*Mention{m} // "Oswald was the lone gunman who killed Kennedy"
		}
		if m := v.describedByApposition(k, isPersonMention); m != nil && w == "who" {
			return []*Mention{m} // "Alexei Navalny, the Russian opposition leader who founded the Anti-Corruption Foundation"
		}
		if w == "which" && v.mentionAt(k) == nil && (ruleBodies[v.word(k)] || v.word(k) == "authorities") {
			// "Niger's junta, which opposes the presence of French troops":
			// the state whose rulers they are
			if c := v.describedBefore(k); c != nil && actorType(c) == graph.Country {
				return []*Mention{c}
			}
		}
	case "he", "she":
		other := otherGender(w)
		// "Later, she will meet with ..." after "Mr. Aboul Gheit" and "Ms. Rice": Rice
		if m := l.personAntecedent(v, end-1, func(m *Mention) bool { return m.Type == graph.Person && l.gender[m.Entity] != other }); m != nil {
			return []*Mention{m}
		}
	case "it":
		if k := end - 2; k > v.s.First && speechVerbs[v.word(k)] && v.mentionAt(k-1) == nil {
			// "Hezbollah, a key ally of Iran, said it fired rockets": the
			// speaker, past what is said of it
			if subj := l.subjectOf(v, k); len(subj) == 1 && subj[0].Type != graph.Person && v.actor(subj[0]) && subj[0].Kind != "demonym" {
				return subj
			}
		}
		for k := end - 2; k > v.s.First; k-- {
			if m := v.mentionAt(k); m != nil && v.actor(m) {
				break
			}
			if speechVerbs[v.word(k)] && !v.actorBefore(k) && v.toks[k-1].Tag == "NN" && isLowerWord(v.word(k-1)) &&
				!(forceNouns[v.word(k-1)] || v.word(k-1) == "government") { // ("The Israeli military said it killed": read below)
				// "Egypt's ruling party said it will back Mubarak": the
				// speaker, whom no name gives; not the last story's union
				// ("Officials said it" may still be the last sentence's)
				return nil
			}
			if w := v.word(k); forceNouns[w] || w == "government" {
				if fs := v.forcesBefore(k + 1); len(fs) == 1 {
					return fs // "The Israeli military says it has carried out three air strikes": Israel
				}
			}
		}
		if m := l.antecedent(v, end-1, func(m *Mention) bool { return actorType(m) == graph.Country || m.Type == graph.Org }); m != nil {
			return []*Mention{m}
		}
	}
	return nil
}

// copulaSubject returns the name that ends right before the copula at k,
// past "has" or "had" before "been": "Iran is", "Milei has been".
func (v *sentenceView) copulaSubject(k int) *Mention {
	j := k - 1
	if w := v.word(j); v.word(k) == "been" && (w == "has" || w == "have" || w == "had") {
		j--
	}
	if m := v.mentionAt(j); m != nil && m.Last == j+1 {
		return m
	}
	return nil
}

// countriesCounted returns the countries "the three countries" or "both
// countries" ending at token end refers to: as many countries as it
// counts, the only ones named in its sentence before it and the two
// sentences before ("Mali, Burkina Faso and Niger ... The three countries
// founded the Alliance of Sahel States"); else nil.
func (l *linkRun) countriesCounted(v *sentenceView, end int) []*Mention {
	if w := v.word(end - 1); w != "countries" && w != "nations" && w != "states" {
		return nil
	}
	k := end - 2
	n := countedNouns[v.word(k)]
	if n == 0 {
		return nil
	}
	if w := v.word(k - 1); w != "" && w != "the" && w != "all" && w != "these" {
		return nil // only "(the|all|these) three countries" or one opening the sentence ("Yet three countries", "among both countries" count none)
	}
	var found []*Mention
	seen := make(map[string]bool)
	for si := max(0, v.index-2); si <= v.index; si++ {
		for _, m := range l.bySent[si] {
			if si == v.index && m.First >= k || actorType(m) != graph.Country || m.Type == graph.Person || seen[m.Actor()] {
				continue
			}
			seen[m.Actor()] = true
			found = append(found, m)
		}
	}
	if len(found) != n {
		return nil
	}
	return found
}

// countedNouns count the countries a plural description names.
var countedNouns = map[string]int{"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}

// otherGender returns the gender a person "he" or "she" stands for is not
// of: 'f' for "he", 'm' for "she".
func otherGender(pronoun string) byte {
	if pronoun == "she" {
		return 'm'
	}
	return 'f'
}

// titleWordAt reports whether token k is a word of a title before a
// name, read backwards: an office or a rank ("Field Marshal"), or the
// "of" inside one ("Secretary of State").
func (v *sentenceView) titleWordAt(k int) bool {
	if k < v.s.First || k >= v.s.Last {
		return false
	}
	switch w := v.word(k); {
	case isTitleWord(v.toks[k].Text) || rankTitles[lowerNoDot(w)]:
		return true
	case w == "field":
		return v.word(k+1) == "marshal"
	case w == "of":
		return k > v.s.First && k+1 < v.s.Last && isTitleWord(v.toks[k-1].Text) && isTitleWord(v.toks[k+1].Text)
	}
	return false
}

// alongWith returns the subject that ends before token end when a phrase
// "along with" or "together with" set off by commas joins another to it:
// "The United States, along with Britain, struck Houthi targets" (both);
// else nil.
func (v *sentenceView) alongWith(end int) []*Mention {
	if v.word(end-1) != "," {
		return nil
	}
	for k := end - 2; k > v.s.First+2 && k >= end-8; k-- {
		if v.word(k) != "with" || v.word(k-1) != "along" && v.word(k-1) != "together" || v.word(k-2) != "," {
			continue
		}
		first := v.listBefore(k - 2)
		more, e := v.listAt(k + 1)
		if len(first) == 0 || len(more) == 0 || e != end-1 {
			return nil
		}
		return append(first, more...)
	}
	return nil
}

// actorBefore reports whether an actor is named in the sentence before
// token k.
func (v *sentenceView) actorBefore(k int) bool {
	for _, m := range v.ms {
		if m.Last <= k && v.actor(m) {
			return true
		}
	}
	return false
}

// predicateSubject returns the person a copula describes by the noun
// phrase ending at k: "Oswald was the lone gunman", "Ray is the man";
// else nil.
func (v *sentenceView) predicateSubject(k int) *Mention {
	j := k
	for j > v.s.First && k-j < 4 && v.mentionAt(j) == nil && isLowerWord(v.toks[j].Text) &&
		(strings.HasPrefix(v.toks[j].Tag, "NN") || v.toks[j].Tag == "JJ") {
		j--
	}
	if j == k || v.word(j) != "the" && v.word(j) != "a" {
		return nil
	}
	switch v.word(j - 1) {
	case "was", "is", "became":
		if m := v.mentionAt(j - 2); m != nil && m.Last == j-1 && m.Type == graph.Person {
			return m
		}
	}
	return nil
}

// appositionStart returns the comma that opens an apposition ending in the
// comma before token end ("Putin, Russia's president, met"), when a person
// or actor stands right before it and the apposition holds no verb and no
// more than eight words; else 0.
func (v *sentenceView) appositionStart(end int) int {
	if v.word(end-1) != "," {
		return 0
	}
	participle := false // "Grynszpan, a 17-year-old Jew enraged by his family's deportation to Poland, shot"
	units := 1          // words, a name counting as one: "a member of the Collective Security Treaty Organization" is short
	named := false      // the apposition ends in a name set off in it: "the commander of Hamas's armed wing, the Qassam Brigades,"
	for k := end - 2; k > v.s.First && units <= 15; k, units = k-1, units+1 {
		if m := v.mentionAt(k); m != nil && m.First < k && m.First > v.s.First {
			k = m.First
		}
		if t := v.toks[k].Tag; t == "VBN" && !isPassiveAux(v.word(k-1)) || t == "VBD" && v.word(k-1) == "," && strings.HasSuffix(v.word(k), "ed") ||
			t == "VBG" && !isPassiveAux(v.word(k-1)) && !auxiliaries[v.word(k-1)] && (v.word(k-1) == "now" || v.word(k-1) == "still" || v.toks[k-1].Tag == "NN" || v.toks[k-1].Tag == "NNS" ||
				v.word(k-1) == "," && v.mentionAt(k-2) != nil) { // ("Pena, speaking during a visit to Taipei, met")
			// (", installed as military ruler in 1967,": a participle
			// the tagger read as a past tense; "the opposition candidate
			// now living in exile in Madrid,": a present participle after
			// the noun it describes)
			participle = true
		} else if strings.HasPrefix(t, "VB") || v.word(k) == "who" || v.word(k) == "which" {
			return 0
		}
		if v.word(k) == "," {
			if w := v.word(k + 1); units > 9 && !(participle && (w == "a" || w == "an" || w == "the")) {
				return 0 // a long apposition only as a described noun: "a 17-year-old Jew enraged by ..."
			}
			m := v.mentionAt(k - 1)
			if p := v.mentionAt(k + 1); p != nil && p.Type == graph.Person && p.First == k+1 && p.Last == end-1 && m != nil && m.Type != graph.Person {
				return 0 // "Iran's ambassador to Iraq, Iraj Masjedi,": the name is the title's, not Iraq's
			}
			if m != nil && v.actor(m) {
				return k
			}
			if m == nil && v.bodyNamedWithKind(k) != nil {
				return k // "The Houthi movement, backed by Iran, seized": the body named with its kind
			}
			j := k + 1
			if v.word(j) == "the" {
				j++
			}
			if p := v.mentionAt(j); !named && m == nil && p != nil && p.First == j && p.Last == end-1 && p.Type == graph.Org && isLowerWord(v.toks[k-1].Text) {
				named, units = true, 0 // the body's name after its description; read on to the comma before it
				continue
			}
			return 0
		}
	}
	return 0
}

// relativeClauseStart returns where a relative clause set off by commas
// before token end opens, when a name stands before it: "Oswald, who shot
// Kennedy," and "Oswald, the man who shot Kennedy," give the comma after
// Oswald; else 0.
func (v *sentenceView) relativeClauseStart(end int) int {
	if v.word(end-1) != "," {
		return 0
	}
	for k, units := end-2, 0; k > v.s.First && units <= 20; k, units = k-1, units+1 {
		if m := v.mentionAt(k); m != nil && m.First < k && m.First > v.s.First {
			k = m.First
		}
		if v.word(k) != "," {
			continue
		}
		for j := k + 1; j < end && j <= k+6; j++ { // ("Rabuka, a former army commander who led two coups,")
			if w := v.word(j); w == "who" || w == "which" || w == "whom" || w == "whose" && j == k+1 {
				// ("al-Sudani, whose coalition won the most seats, received Fidan")
				if m := v.mentionAt(k - 1); m != nil && (v.actor(m) || m.Type == graph.Person) {
					return k
				}
				if len(v.forcesBefore(k)) > 0 {
					return k // "Myanmar's military, which seized power in a 2021 coup, has carried out airstrikes"
				}
				return 0
			}
			if m := v.mentionAt(j); m != nil && m.Type != graph.Person && !v.possessive(m.Last) && titleWords[lowerNoDot(v.word(m.Last))] {
				j = m.Last - 1 // "Sinwar, the Hamas leader who ...": the body whose title it is
				continue
			}
			if v.mentionAt(j) != nil || strings.HasPrefix(v.toks[j].Tag, "VB") {
				break // "X, Y's president, who ..." is another's clause
			}
		}
		return 0 // the nearest comma opens no relative clause
	}
	return 0
}

// phrasePreps open prepositional phrases, whose actors are no subject;
// subordinators ("since", "as", "while") open clauses, whose are.
var phrasePreps = set("of", "from", "in", "at", "by", "with", "for", "to", "on", "into", "among", "between",
	"including", "like", "near", "about", "under", "over", "against", "towards", "toward", "across", "via")

// possessor resolves a possessive pronoun at k ("its", "his") to the actor
// it refers to: the nearest fitting one before it, in this sentence or the
// one before.
func (l *linkRun) possessor(v *sentenceView, k int) *Mention {
	if unnamedSubject(v, k) {
		return nil // "as the army continues its assault": the army's, whoever that is
	}
	switch v.word(k) {
	case "his", "her":
		if unnamedTitled(v, k) {
			return nil // "Israel's Defense Minister says he will leave ... after his Labor party": the minister's
		}
		person := func(m *Mention) bool { return m.Type == graph.Person }
		m := l.antecedent(v, k, person)
		if q := v.apposedTo(m, k); q != nil {
			return q // "President Bernardo Arevalo, son of ... president Juan Jose Arevalo, took office despite efforts to suspend his Semilla party": the son's
		}
		return m
	case "their":
		// "Human Rights Watch said Hezbollah militants claim that some of
		// their attacks ...": a plural subject nearer than any name owns
		// "their", and is the name's that modifies it, if any.
		for j := k - 1; j > v.s.First && j >= k-8; j-- {
			if v.mentionAt(j) != nil {
				break
			}
			if v.toks[j].Tag == "NNS" && !isCap(v.toks[j].Text) && isVerbTag(v.toks[j+1].Tag) {
				if m := v.mentionAt(j - 1); m != nil && isActor(m) && (actorType(m) == graph.Country || actorType(m) == graph.Org) {
					return m
				}
				return nil // "the militants claim their attacks": theirs, whoever they are
			}
		}
	}
	polity := func(m *Mention) bool {
		t := actorType(m)
		return t == graph.Country || t == graph.Org
	}
	if m := v.prevActor(k, polity); m != nil {
		if verb := v.passiveAgentOf(m); verb >= 0 {
			// "the group is singled out by the United States because of
			// its opposition to Israel", "Iran was sanctioned by the U.S.
			// over its nuclear programme": the passive's subject's
			if subj := l.subjectOf(v, v.auxStart(verb)); len(subj) == 1 && polity(subj[0]) {
				return subj[0]
			}
			return nil
		}
		return m
	}
	// "Burkina Faso's military government said its leader": the state
	// whose government is the clause's subject
	for j := k - 1; j > v.s.First && j >= k-8; j-- {
		if w := v.word(j); v.toks[j].Tag == "VBG" || bodyHeadNouns[w] || collectiveBodies[w] {
			break // "arresting its leader", "pressured the opposition to disown its leader": another's
		}
		if isVerbTag(v.toks[j].Tag) && v.mentionAt(j) == nil && v.word(j-1) != "to" {
			// (past "a plot to assassinate": the clause's own verb)
			if subj := l.subjectOf(v, j); len(subj) == 1 && polity(subj[0]) {
				return subj[0]
			}
			break
		}
	}
	return l.previousSentenceActor(v, polity)
}

// passiveAgentOf returns the index of the passive participle whose agent
// m is ("singled out by the United States", "was sanctioned by the U.N."),
// or -1.
func (v *sentenceView) passiveAgentOf(m *Mention) int {
	b := m.First - 1
	if v.word(b) == "the" {
		b--
	}
	if v.word(b) != "by" {
		return -1
	}
	for j := b - 1; j > v.s.First && j >= b-2; j-- {
		if v.toks[j].Tag == "VBN" {
			a := j - 1
			if v.toks[a].Tag == "RB" {
				a-- // "is widely seen by"
			}
			if isPassiveAux(v.word(a)) {
				return j
			}
			return -1
		}
		if v.toks[j].Tag != "RP" && v.toks[j].Tag != "RB" {
			return -1
		}
	}
	return -1
}

// apposedTo returns the person a kinship apposition that names m
// describes, when the apposition closes before the pronoun at k: in
// "Bernardo Arevalo, son of the country's first president Juan Jose
// Arevalo, took office ... his party", Bernardo; else nil.
func (v *sentenceView) apposedTo(m *Mention, k int) *Mention {
	if m == nil || m.First < v.s.First || m.Last >= k {
		return nil
	}
	closed := false
	for j := m.Last; j < k; j++ {
		if v.word(j) == "," {
			closed = true
			break
		}
	}
	q := v.prevActor(m.First, func(p *Mention) bool { return p.Type == graph.Person })
	if !closed || q == nil || q.Last >= m.First || v.word(q.Last) != "," {
		return nil
	}
	kin, of := false, false
	for j := q.Last + 1; j < m.First; j++ {
		switch w := v.word(j); {
		case relativeNouns[w]:
			kin = true
		case w == "of":
			of = of || kin
		case isVerbTag(v.toks[j].Tag) && v.toks[j].Tag != "VBN", w == ",":
			return nil
		}
	}
	if kin && of {
		return q
	}
	return nil
}

// collectiveBodies are common nouns for bodies, besides bodyHeadNouns,
// that own what "its" names: "pressured the opposition to disown its
// leader".
var collectiveBodies = set("opposition", "federation", "association", "council", "committee", "board", "league", "rebels", "militants")

// unnamedTitled reports whether a person named by title alone ("Israel's
// Defense Minister", "the spokesman") stands in the sentence before the
// pronoun at k, and no person is named there: "his" and "her" are then
// more likely that person's than a name's from the sentence before.
func unnamedTitled(v *sentenceView, k int) bool {
	titled := false
	for i := v.s.First; i < k; i++ {
		if m := v.mentionAt(i); m != nil {
			if m.Type == graph.Person {
				return false // a name first: a title after it is in apposition to it
			}
			i = m.Last - 1
			continue
		}
		if w := lowerNoDot(v.word(i)); personTitles[w] && !isPluralTitle(w) && !definiteBefore(v, i) {
			if n := v.mentionAt(i + 1); n == nil || n.Type != graph.Person {
				titled = true
			}
		}
	}
	return titled
}

// definiteBefore reports whether the noun phrase that ends in the title
// at i opens with "the" ("the former Pakistani prime minister"): such a
// description mostly points back to someone named before.
func definiteBefore(v *sentenceView, i int) bool {
	for k := i - 1; k >= v.s.First && k >= i-5; k-- {
		switch w := v.word(k); {
		case w == "the":
			return true
		case v.mentionAt(k) != nil || isCap(v.toks[k].Text) || strings.HasPrefix(v.toks[k].Tag, "JJ") || titleWords[lowerNoDot(w)]:
		default:
			return false
		}
	}
	return false
}

// unnamedSubject reports whether the verb right before a possessive
// pronoun at k has a common noun with a determiner as its subject ("the
// army continues its", "a spokesman said his"): the pronoun is that
// noun's, not a name's from earlier on.
func unnamedSubject(v *sentenceView, k int) bool {
	j := k - 1
	// "as the army pushed forward with its offensive": verbs, adverbs and
	// a verb's particle or "with" between the subject and the pronoun
	for n := 0; n < 4 && j > v.s.First && (isVerbTag(v.toks[j].Tag) || v.toks[j].Tag == "RB" || v.toks[j].Tag == "MD" || v.toks[j].Tag == "RP" ||
		v.word(j) == "with" && j == k-1); n++ {
		j--
	}
	if j == k-1 || v.mentionAt(j) != nil || !strings.HasPrefix(v.toks[j].Tag, "NN") || isCap(v.toks[j].Text) {
		return false // no verb before the pronoun, or a name is its subject
	}
	for d := j - 1; d >= v.s.First && d >= j-3; d-- {
		switch w := v.word(d); {
		case w == "the" || w == "a" || w == "an":
			return true
		case v.mentionAt(d) != nil || !(strings.HasPrefix(v.toks[d].Tag, "JJ") || strings.HasPrefix(v.toks[d].Tag, "NN")):
			return false // "Russia's army", or no noun phrase
		}
	}
	return false
}

// antecedent finds the nearest mention before token i, in this sentence or
// the one before, that ok accepts.
func (l *linkRun) antecedent(v *sentenceView, i int, ok func(*Mention) bool) *Mention {
	if m := v.prevActor(i, ok); m != nil {
		return m
	}
	return l.previousSentenceActor(v, ok)
}

// personAntecedent finds whom "he" or "she" at token i refers to: the
// antecedent ok accepts, else, for a pronoun that opens the sentence, the
// one of the sentence before the sentences since that name nobody
// ("Pistorius arrived in Vilnius. The brigade will be ready by 2027. He
// met Nauseda"), two sentences back at most. (Inside a sentence the
// pronoun may be someone's its words describe: "a defendant admitted he
// was recruited".)
func (l *linkRun) personAntecedent(v *sentenceView, i int, ok func(*Mention) bool) *Mention {
	if m := l.antecedent(v, i, ok); m != nil {
		return m
	}
	for k := v.s.First; k < i; k++ {
		if m := v.mentionAt(k); m != nil && m.Type == graph.Date {
			k = m.Last - 1 // "On Monday, he"
			continue
		}
		if v.mentionAt(k) != nil || isVerbTag(v.toks[k].Tag) || strings.HasPrefix(v.toks[k].Tag, "NN") && !timeNouns[v.word(k)] {
			return nil // not the sentence's opening subject
		}
	}
	back := v.index - 1 // the sentence between, which names nobody the pronoun may mean
	if back < 1 || slices.ContainsFunc(l.bySent[back], func(m *Mention) bool { return m.Type == graph.Person && ok(m) }) {
		return nil // someone named there whom the pronoun passed over (not "Spokeswoman Anna Lee" for "he")
	}
	m := l.previousSentenceActor(l.views[back], ok) // the one before it
	if m != nil && l.otherPersonIn(m, nil) {
		return nil // "Erdogan and Scholz spoke by telephone. Nothing was agreed. He": either
	}
	return m
}
