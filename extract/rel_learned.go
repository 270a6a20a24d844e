package extract

import (
	"slices"
	"strings"

	"github.com/kgraph/kgraph/extract/gazetteer"
	"github.com/kgraph/kgraph/graph"
)

// learnedMaxGap is the most tokens between two mentions the pair
// classifier is asked about. On held-out CoNLL04 training sentences it
// costs 0.01 F1 (0.594 to 0.585) and spares long news sentences its
// guesses.
const learnedMaxGap = 12

// learned asks the pair classifier about every pair of mentions in the
// sentence that some relation type allows.
func (l *linkRun) learned(v *sentenceView) {
	if l.pairs == nil {
		return
	}
	for _, a := range v.ms {
		for _, b := range v.ms {
			if !pairCandidate(a, b) || a.Kind == "description" || b.Kind == "description" {
				continue // the classifier learnt names, not "the alliance"
			}
			if v.wordIn(min(a.Last, b.Last), max(a.First, b.First), clauseBreaks) {
				continue // "Mark David Chapman, convicted of killing John Lennon; and R. Foster Winans": items of a list, clauses apart
			}
			p := PairInput{Tokens: v.toks, Sentence: v.s, A: a, B: b, Known: known(l.gaz, a, b), Words: l.words}
			rel, conf := l.pairs.Classify(&p)
			if rel == "" {
				continue
			}
			if rel == graph.WorksFor && b.Type == graph.Org && !l.governmentBody(b.Entity) {
				// People serve states and their bodies; they belong to
				// parties, clubs, firms and institutes.
				rel = graph.MemberOf
			}
			if l.personVetoed(v, rel, a, b) {
				continue
			}
			if (rel == graph.WorksFor || rel == graph.MemberOf) && l.pastPost(a.Entity, b.Entity) {
				continue // "former U.S. Federal Reserve Chairman Paul Volcker": the title's reading has the edge, as a past one
			}
			src, tgt := a.Entity, b.Entity
			st, tt := a.Type, b.Type
			// One works for the government a capital stands for, but lives
			// and sits in the city.
			if b.StandsFor != "" && (rel == graph.WorksFor || b.Type != graph.Location) {
				tgt, tt = b.Actor(), graph.Country
			}
			if rel == graph.BasedIn && (v.word(b.First-1) == "for" || glosses(v.toks[a.First:a.Last], b.Text)) {
				continue // "the head of the U.N. Development Program for Somalia": its office there; "the Sudanese Liberation Army, SLA": its name
			}
			if l.placeVetoed(rel, a, src, tgt) || rel == graph.LocatedIn && knownAs(v, a) || rel == graph.BasedIn && l.namedForOtherCountry(v, a, tgt) || (rel == graph.BasedIn || rel == graph.LivesIn) && eventPlace(v, b) ||
				rel == graph.BasedIn && (ownsPlural(v, a) || ownsThingIn(v, a, b)) {
				continue
			}
			// "the U.S. and NATO": coordination relates nothing.
			if coordinated(v, a, b) || l.inCommaList(v, a, b) {
				continue
			}
			if a.StandsFor != "" && a.Type == graph.Country {
				src = a.Actor()
			}
			if rel == graph.LivesIn && (l.homeStated(src, tgt) || v.word(a.First-1) == "," && envoyRole(v.word(a.First-2))) {
				continue // "Nathan Law, who lives in London": no other home; "Iran's U.N. ambassador, Amir Saeid Iravani": posted abroad
			}
			l.emit(v, rel, src, tgt, st, tt, conf, "learned", "", min(a.First, b.First), max(a.Last, b.Last))
			if rel == graph.WorksFor && tt == graph.Org {
				// The staff of a state body are its members too.
				l.emit(v, graph.MemberOf, src, tgt, st, tt, conf, "learned", "", min(a.First, b.First), max(a.Last, b.Last))
			}
		}
	}
}

// presentAt reports whether the words from i to j say only that someone
// is somewhere: "is currently in", "was in", "remains in".
func presentAt(v *sentenceView, i, j int) bool {
	k := i
	if !isPassiveAux(v.word(k)) && !stayVerbs[v.word(k)] {
		return false
	}
	for k++; k < j && nowAdverbs[v.word(k)]; k++ {
	}
	if v.word(k) != "in" {
		return false
	}
	for k++; k < j && (v.toks[k].Tag == "DT" || v.toks[k].Tag == "JJ" || compassWords[v.word(k)]); k++ {
	}
	return k == j // ("is in northern Europe"; not "was born in", "is in charge of police in", "is in exile in")
}

// titlesOther reports whether place b, after person a, begins the title
// of another person named right after it: "Sarah Obama, the grandmother of
// U.S. presidential hopeful Barack Obama".
func titlesOther(v *sentenceView, a, b *Mention) bool {
	for k := b.Last; k < v.s.Last && k <= b.Last+3; k++ {
		if p := v.mentionAt(k); p != nil {
			return p != a && p.Type == graph.Person && p.Entity != a.Entity && k > b.Last
		}
		if t := v.toks[k].Tag; !isTitleWord(v.toks[k].Text) && !(isLowerWord(v.word(k)) && (t == "JJ" || t == "NN")) {
			return false // (not "Senator Barbara Mikulski, of the state of Maryland also said Mr. Bush")
		}
	}
	return false
}

// pastPost reports whether a pattern has already read a past office of
// person in body ("former Chairman"): the pair classifier's guess would
// make it a present one.
func (l *linkRun) pastPost(person, body string) bool {
	for _, c := range l.out {
		if c.src == person && c.tgt == body && c.pattern != "learned" && c.role != "" && graph.PastRole(c.role) {
			return true
		}
	}
	return false
}

// clauseBreaks part what the pair classifier relates.
var clauseBreaks = set(";")

// mediaHeads end the names of news outlets: "the Qatar News Agency",
// "Al Arabiya Television".
var mediaHeads = set("Agency", "News", "Television", "TV", "Radio", "Times", "Post", "Press")

// outlet reports whether body mention b is a news outlet: one the
// gazetteer knows as media, or a name a media head ends.
func (l *linkRun) outlet(v *sentenceView, b *Mention) bool {
	return l.gaz.Kind(b.Entity) == "media" || mediaHeads[v.toks[b.Last-1].Text]
}

// verbsOnly reports whether only a verb group stands from i to j: "has
// barred", "will not recognise".
func verbsOnly(v *sentenceView, i, j int) bool {
	verb := false
	for k := i; k < j; k++ {
		switch t := v.toks[k].Tag; {
		case strings.HasPrefix(t, "VB"):
			verb = true
		case t == "MD" || t == "RB":
		default:
			return false
		}
	}
	return verb
}

// dealWith reports whether a deal, contract or agreement "with" the body
// stands between the person and it: the body is the other party.
func dealWith(v *sentenceView, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if signedNouns[v.word(k)] && v.word(k+1) == "with" {
			return true
		}
	}
	return false
}

// outletVerbs tell what a news outlet reports.
var outletVerbs = set("says", "said", "reports", "reported", "quotes", "quoted")

// signedNouns are agreements one signs with another party.
var signedNouns = union(dealNouns, set("deals", "contract", "contracts", "agreements", "pact", "partnership"))

// mediaSays reports whether the words from i to j are an outlet's report
// of what follows: "magazine says", "reported that", "quotes".
func mediaSays(v *sentenceView, i, j int) bool {
	k := i
	if pressNouns[v.word(k)] {
		k++ // "Forbes magazine says"
	}
	if !outletVerbs[v.word(k)] {
		return false
	}
	k++
	if v.word(k) == "that" {
		k++
	}
	return k == j
}

// condemnVerbs denounce or condemn what follows them.
var condemnVerbs = set("denounces", "denounced", "condemns", "condemned", "criticizes", "criticized", "criticises", "criticised", "attacks", "attacked", "slammed", "slams")

// seatStated reports whether the words just before or after body a give
// its seat ("the New Delhi-based Asia Center", "X, based in Geneva"), so
// that a learnt seat elsewhere in the sentence says only where it acts.
func (l *linkRun) seatStated(v *sentenceView, a *Mention) bool {
	if k := v.kindPhraseStart(a.First) - 1; k >= v.s.First && (basedAdjective(v.toks[k].Text) || k > v.s.First && basedAdjective(v.toks[k-1].Text)) {
		return true
	}
	for _, c := range l.sentenceEdges() {
		if c.src == a.Entity && c.typ == graph.BasedIn && c.pattern == "x-based" {
			return true
		}
	}
	return false
}

// homeStated reports whether a pattern of the sentence already gives
// person src a home other than tgt, or has src lead, serve or hold the
// nationality of tgt: "Pakistan's Interior Minister Rehman Malik" says
// whom he serves, and a home guessed from it says nothing the analyst
// needs.
func (l *linkRun) homeStated(src, tgt string) bool {
	for _, c := range l.sentenceEdges() {
		if c.src != src || c.pattern == "learned" {
			continue
		}
		if c.typ == graph.LivesIn && c.tgt != tgt || c.tgt == tgt && (c.typ == graph.LeaderOf || c.typ == graph.WorksFor || c.typ == graph.CitizenOf) {
			return true
		}
	}
	return false
}

// personVetoed reports whether the sentence contradicts what the pair
// classifier says of person a: that a belongs to, works for or lives in
// b. Each test names the reading it rules out.
func (l *linkRun) personVetoed(v *sentenceView, rel graph.RelationType, a, b *Mention) bool {
	person := a.Type == graph.Person
	belongs := rel == graph.MemberOf || rel == graph.WorksFor
	switch {
	case belongs && person && v.possessive(b.Last) && possessedOrg(v, b) != nil:
		return true // "Kim works for Samsung's rival LG": the firm the possessive names another
	case belongs && person && b.First > a.Last && v.word(b.First-1) == "the" && v.word(b.First-2) == "of" && buildingParts[v.word(b.First-3)]:
		return true // "shooting Oswald in the basement of the Dallas Police Department": a place in the body's building, no employer
	case belongs && person && b.Last+1 < v.s.Last && v.toks[b.Last].Tag == "NNS" && isLowerWord(v.word(b.Last)) && !isTitleWord(v.toks[b.Last].Text) &&
		!isTitleWord(v.toks[b.Last+1].Text): // (not "a Burlington operations manager")
		return true // "released Iraqi Oil Ministry documents that suggest program chief Benon Sevan": the body's things, not its staff
	case belongs && person && b.Last <= a.First && toldListener(v, a, b):
		return true // "Frenk Guni, technical director with Management Systems International, told reporter Patience Rusere": the speaker's body, not the listener's
	case belongs && person && b.Last < v.s.Last && a.Last <= b.First && proceedingNouns[v.word(b.Last)]:
		return true // "ushering his Supreme Court nominee Samuel Alito through the Senate confirmation process": the body's proceeding, not its member
	case belongs && person && b.Last < v.s.Last && otherBodyNouns[v.word(b.Last)]:
		return true // "radio director of the VOA affiliate, Radio Veritas": the other body's staff
	case belongs && person && contestNames[v.toks[b.Last-1].Text]:
		return true // "Hingis still intends to play in the Sydney International Tournament": an event one plays in, no body
	case belongs && person && venueNames[v.toks[b.Last-1].Text]:
		return true // "hosted Kim Jong Un at the Vostochny Cosmodrome": a venue, no body one belongs to
	case belongs && person && l.outlet(v, b) && (v.word(b.Last) == "reported" || v.word(b.Last) == "reports") && b.First > a.Last &&
		(v.word(b.First-1) == "," || v.word(b.First-2) == "," && v.word(b.First-1) == "the" || v.word(b.First-3) == "," && v.word(b.First-2) == "the"):
		// (not "Bob Woodward of The Washington Post reported")
		return true // "Qatar's emir received Ismail Haniyeh in Doha, the Qatar News Agency reported": the source of the story
	case belongs && person && b.Last <= a.First && (l.outlet(v, b) || pressNouns[v.word(b.Last)]) && mediaSays(v, b.Last, a.First):
		return true // "Forbes magazine says Bill Gates, the chairman of Microsoft, is the richest": whom the story is about, not its staff
	case belongs && person && v.word(b.First-1) == "on" && (l.gaz.Kind(b.Entity) == "media" || l.gaz.Kind(b.Entity) == "company"):
		return true // "Modi expressed his condolences on Twitter", "said on CNN": a medium, not an employer
	case (belongs || rel == graph.LivesIn) && person && spokenTo(v, b):
		// "X told DW", "X told the AFP news agency", "X told Britain's
		// Financial Times": one speaks to a news outlet, which says
		// nothing of belonging to it or living where it is.
		return true
	case person && singleName(a) && len(l.in.sents) >= 3:
		// In a story of several sentences people are introduced by their
		// full names; one named by a single word only is as often a
		// misread name ("Olympiacos", "Deezer") as a person.
		return true
	case rel == graph.LivesIn && envoyAbroad(a) && b.Actor() == a.RoleOf:
		return true // "U.S. Ambassador Zalmay Khalilzad" serves America abroad, and lives there
	case rel == graph.LivesIn && b.StandsFor != "" && governmentsThing(v, b):
		return true // "due to Beijing's influence that U.N. envoy Ibrahim Gambari": the government's, no home
	case rel == graph.LivesIn && person && a.Last <= b.First && presentAt(v, a.Last, b.First):
		return true // "Asghari is currently in northern Europe, being debriefed": where one is, not one's home
	case rel == graph.LivesIn && person && foesAround(v, a, b):
		return true // "Angela Merkel, the former chancellor and critic of Russia's war": what she opposes, not her home
	case rel == graph.BasedIn && attackedAt(v, a):
		return true // "Taliban fighters attacked Roshan, the Afghan telecommunications company, in Kandahar": where it was attacked
	case rel == graph.BasedIn && placesListed(v, b) >= 3:
		return true // "to assist hurricane victims in Louisiana, Mississippi and Alabama": one of a list of places
	case belongs && person && v.word(b.First-1) == "the" && v.word(b.First-2) == "at" && (v.sportsTalk() || v.toks[b.Last-1].Text == "Club"):
		return true // "Jill Craybas, who beat Serena Williams at the All England Club": where they played
	case rel == graph.BasedIn && b.First > a.Last+1 && (v.word(b.First-1) == "in" || v.word(b.First-1) == "at") && siteOfBody[v.word(b.First-2)]:
		return true // "the phase-out of a battery facility in Greenville": a site of the firm's, not its seat
	case rel == graph.BasedIn && v.word(min(a.First, b.First)-1) == "," && v.mentionAt(min(a.First, b.First)-2) != nil && inListOfThree(v, a, b):
		return true // "Juventus, AC Milan, Lazio and Fiorentina": clubs in a list, not a club and its region
	case rel == graph.BasedIn && a.Last <= b.First && (v.wordIn(a.Last, b.First, hostileWords) || v.wordIn(a.Last, b.First, condemnVerbs)):
		return true // "al-Qaida's terror network denounces U.S. calls for reform": what it denounces
	case rel == graph.BasedIn && l.seatStated(v, a):
		return true // "The New Delhi-based Asia Center for Human Rights ... the political crisis in Nepal": seated already
	case (rel == graph.LivesIn || rel == graph.CitizenOf) && person && a.Last <= b.First && titlesOther(v, a, b):
		return true // "the grandmother of U.S. presidential hopeful Barack Obama": the country is the other's
	case rel == graph.BasedIn && a.Last < b.First && verbsOnly(v, a.Last, b.First):
		return true // "UEFA has barred Israel from hosting matches": what the body acts on, not its seat
	case belongs && person && a.Last <= b.First && dealWith(v, a.Last, b.First):
		return true // "Trump signed the deal with the Georgian business group Silk Road": the other party, not his body
	case min(a.Last, b.Last) <= max(a.First, b.First) && knownAsBetween(v.toks[min(a.Last, b.Last):max(a.First, b.First)]): // (names that overlap have no words between)
		return true // "Metin Kaplan, also known as the Caliph of Cologne": one's other name, no relation
	case rel == graph.LocatedIn && a.Last < v.s.Last && eventNounsAt[v.word(a.Last)]:
		return true // "a Great Lakes summit in Tanzania": the name modifies the event, which is where it is
	case rel == graph.Killed && v.wordIn(min(a.Last, b.Last), max(a.First, b.First), attemptWords):
		return true // "in jail for the attempted murder of Bill King", "conspiracy to murder": no death told
	case rel == graph.Killed && a.Last < b.First && (v.word(a.Last) == "was" || v.word(a.Last) == "were") && killWords[v.word(a.Last+1)]:
		return true // "Ismail Haniyeh was assassinated in Tehran, killing his bodyguard": the victim, not the killer
	case rel == graph.Killed && v.word(a.First-1) == "of" && whereaboutNouns[v.word(a.First-2)]:
		return true // "A car bomb exploded near the convoy of Ahmed Khan, killing his driver": the one whose convoy, not the killer
	case rel == graph.BasedIn && agentAfter(v, a, b):
		return true // "the Tuvalu Trust Fund, established in 1987 by Australia, NZ and the UK": its founders, not its seat
	case rel == graph.LivesIn && person && eventParticipleBetween(v, a, b):
		return true // "cartoons of the Prophet Muhammad, first published in Denmark": where something was done
	case rel == graph.BasedIn && wordBetween(v, a, b, "against"):
		return true // "U.S. troops are fighting alongside Kurdish forces against the Islamic State": the foe, not the seat
	case belongs && person && (l.outlet(v, b) || pressNouns[v.word(b.First-1)]) && v.wordIn(v.s.First, b.First, interviewWords) &&
		!(b.Last <= a.First && a.First-b.Last <= 5 && !v.wordIn(b.Last, a.First, commaWord)): // (not "In an interview with Reuters, Reuters editor-in-chief Stephen Adler": its own staff)
		return true // "In an interview published Saturday in the daily newspaper NRC Handelsblad, Colonel Henk Morsink said": the paper's guest
	case belongs && person && a.Last <= b.First && accusedOfBody(v, b):
		return true // "police arrested Karim Benali on suspicion of financing Islamic State": an accusation, not a membership
	case rel == graph.LivesIn && person && v.word(a.Last) == "," && v.word(a.Last+1) == "which":
		return true // "a network founded by George Soros, which is based in New York": the network's seat, no one's home
	case rel == graph.LivesIn && v.possessive(b.Last) && (a.First < b.First || a.First > b.Last+4) && homeNouns(v, v.skipAdjectives(b.Last+1)) == 0 && !placeKindNouns[v.word(v.skipAdjectives(b.Last+1))]:
		// "a senior member of Italy's 'Ndrangheta crime syndicate", "the
		// chief of Russia's Space Forces, X", "Croatia's Ivo Karlovic"
		// beside Andy Roddick: the country owns something else, which
		// says nothing of the person's home (not "Italy's Mario Draghi",
		// "Ohio's hometown of", "a trader in Nigeria's northern city of Kano")
		return true
	case belongs && person && foesAround(v, a, b):
		return true // "25 opponents of Hamas, including Ali Khan": against the body, not in it
	case belongs && person && a.Last < b.First && listedBeside(v, a):
		return true // "pitcher Sandy Koufax, Mets owner Fred Wilpon, Columbia University, and ... Citigroup": items of one list
	case rel == graph.LivesIn && person && a.Last <= b.First && subjectActsOn(v, a, b):
		return true // "President George W. Bush labelled Iran, Iraq and North Korea an axis of evil": what he acts on
	case rel == graph.LivesIn && attackedAt(v, b):
		return true // "U.S.-led forces attacked Baghdad as President George W. Bush vowed": a target, no home
	case rel == graph.BasedIn && v.possessive(a.Last) && b.First == a.Last+1:
		return true // "Barcelona's Las Ramblas boulevard", "Islamic State's West Africa Province": the possessor holds the other
	case rel == graph.BasedIn && wordBetween(v, a, b, "owned", "controlled", "owns", "controls", "stake"):
		return true // "Petrodar, a conglomerate owned mainly by China's National Petroleum Corporation": its owners' country
	case rel == graph.BasedIn && b.Last <= a.First && subjectActsOn(v, b, a):
		return true // "Canada is urging the United Nations Stabilization Mission in Haiti": Canada acts on the mission, which is not its own
	case rel == graph.LocatedIn && b.First == a.Last+2 && v.word(a.Last+1) == "of" && (settlementNouns[v.word(a.Last)] || quarterNouns[v.word(a.Last)]):
		return true // "the Gaza City neighborhood of Shejaiya": the town after the kind is inside, never the other way ("Pech district of Kunar" is the district's)
	case rel == graph.LocatedIn && b.First > a.Last && linkEnds[v.word(b.First-1)] && linkOpens(v, a):
		return true // "a rail line linking Yichang City in Hubei Province with Wanzhou": two ends of a line, neither in the other
	case rel == graph.Killed && accusedAfter(v, b, a):
		return true // "Marcek was convicted of the killings, while businessman Marian Kocner, accused of ordering them, was acquitted": Kocner is no victim
	case rel == graph.Killed && a.Last <= b.First && (v.wordIn(a.Last, b.First, acquittalWords) || v.wordIn(a.First-3, a.First, acquittalWords)):
		return true // "A court acquitted Bob Ray of killing Sam Cole": no killer
	case rel == graph.Killed && !deathTold(v, a, b):
		return true // "Musharraf was replaced by Zardari, the widower of slain Bhutto": no word of the two tells a death
	case rel == graph.Killed && woundOnly(v, a, b):
		return true // "Cheney shot Texas lawyer Harry Whittington by accident", "X was stabbed by Y": hurt, not killed
	case person && a.Last <= b.First && relativeOfAnother(v, a.Last, b.First):
		return true // "Smith met the gunman who killed Kennedy": the gunman did
	case rel == graph.Killed && a.Last <= b.First && killedOthers(v, a.Last, b.First):
		return true // "convicted Ali Hassan of killing two people at a rally for Benazir Bhutto": the two, not Bhutto
	case rel == graph.Killed && v.ownsPersonNoun(b.Last):
		return true // "Ruby killed Kennedy's killer": the killer, not Kennedy
	case rel == graph.LivesIn && person && killingAround(v, a, b):
		return true // "assassinating King in Memphis", "shot by Lee Harvey Oswald in Dallas": where it happened
	case rel == graph.LivesIn && b.Last < v.s.Last && heldWords[v.word(b.Last)]:
		return true // "Abdul Rahim, a Bagram detainee", "a Chernobyl survivor": held or befallen there, no home
	case rel == graph.LivesIn && reportsFrom(v, a, b):
		return true // "VOA's Greg Flakus reports from Austin": where the story is
	case rel == graph.LivesIn && person && beingIn(v, a, b):
		return true // "Indian Prime Minister Manmohan Singh is in Kashmir": where he is now
	case rel == graph.LivesIn && facilityHeads[v.toks[b.Last-1].Text]:
		return true // "Olympic Ticketing Center head Rong Jun": one works in a centre, and lives elsewhere
	case rel == graph.LivesIn && (v.word(b.First-1) == "a" || v.word(b.First-1) == "an") && v.word(b.First-2) == "in":
		return true // "Loeb, in a Citroen": one is in no place with an article ("a Modesto native" is from one)
	case rel == graph.LivesIn && topicPlace(v, b):
		return true // "Ann Lee, a China analyst": the place is what she studies
	case rel == graph.LivesIn && speakingIn(v, b):
		return true // "Al Gore endorsed Obama, saying in Detroit, Michigan, that ...": where someone spoke
	case rel == graph.BasedIn && b.First > a.Last && othersBasedIn(v, a, b):
		return true // "The Peace Corps has 144 volunteers based in Kenya": the volunteers
	case rel == graph.LivesIn && participleOpening(v, a, b):
		return true // "Speaking to reporters in Islamabad, Ruggiero said": where he spoke
	case rel == graph.LivesIn && b.Last <= a.First && speechVerbs[v.word(b.Last)]:
		return true // "Israel says Mr. Saadi was behind several attacks": who says it, not where he lives
	case rel == graph.LivesIn && b.Kind == "demonym" && strings.HasSuffix(b.Text, "s"):
		return true // "attacks that have killed at least 10 Israelis": people, not where he lives
	case belongs && person && b.First > a.Last && guestAt(v, b):
		return true // "Sun, who spoke at Beijing Jiaotong University,": a guest
	case belongs && person && participleOpening(v, a, b) && !serviceGerunds[v.word(v.s.First)]:
		return true // "Speaking at Georgetown University, Ambassador Imad Moustapha said": a guest
	case rel == graph.LivesIn && person && placeSetOff(v, a, b):
		return true // "Earlier Sunday, in Syria, Mr. Armitage said": where he spoke
	case rel == graph.LivesIn && visitBetween(v, a, b):
		return true // "Mottaki, who arrived in Pakistan for a two-day visit": a visitor
	case modifierName(v, a) || modifierName(v, b):
		return true // "the Vincent van Gogh painting stolen from a Cairo museum": the painting's
	case (belongs || rel == graph.LivesIn) && person && v.ownsPersonNoun(a.Last):
		return true // "Russia backed Mr. Yushchenko's opponent": the opponent's, if anyone's
	case rel == graph.BasedIn && personBetween(v, a, b):
		return true // "VOA's Barry Wood in New Orleans": where the reporter is
	case rel == graph.LivesIn && person && personBetween(v, a, b):
		return true // "Chihuahua's Jose Reyes Baeza and New Mexico's Bill Richardson": Baeza's
	case belongs && person && personBetween(v, a, b):
		return true // "endorsed Clinton for the Democratic nomination and McCain for the Republican Party"
	case (belongs || rel == graph.LivesIn) && person && saysThat(v, a, b):
		return true // "Brom ... argues that Egypt no longer has the trust of Hamas": what he says, not who he is
	case rel == graph.LivesIn && person && b.First > a.Last && placeTitleOfAnother(v, a, b):
		return true // "will star Paul Newman as Louisiana Gov. Earl Long": Long's state
	case rel == graph.LivesIn && person && b.First > a.Last && openingApart(v, a, b) && v.word(v.s.First) != "in":
		return true // "Under a deal with Mahmoud Abbas, Israel released prisoners": the clause's subject, not his home ("In Gaza, Abbas said" is where)
	case belongs && (openingApart(v, a, b) || titleOfAnother(v, a, b)):
		// "In an open letter to Defense Secretary Donald Rumsfeld, Human
		// Rights Watch says", "Rumsfeld, former CIA Director George Tenet"
		return true
	case belongs && person && meetingWith(v, b) && !titleOf(v, b, a):
		return true // "after a meeting with International Atomic Energy Agency officials": the other side
	case belongs && person && b.First > a.Last && eventPlace(v, b) && !gatheredAt(v, b):
		return true // "Ehud Barak agreed during talks Tuesday at the Pentagon": where they talked
	case (belongs || rel == graph.LivesIn) && person && wordBetween(v, a, b, "counterpart", "counterparts"):
		return true // "U.S. Defense Secretary Robert Gates and his Israeli counterpart, Ehud Barak": the other side's
	case belongs && clauseSubjectAfter(v, a, b):
		return true // "Following talks with Mr. Abbas, Hamas leaders said": they, not he
	case belongs && l.servesAnother(a, b):
		return true // "the speaker of the U.S. House ... met with Pakistani President Pervez Musharraf"
	case belongs && hostileBetween(v, a, b):
		return true // "Arbour deplored Hezbollah's shelling", "an attack on Massoud by al-Qaida"
	case belongs && person && listOf(v, b):
		return true // "second after Osama bin Laden on the F.B.I's list of most wanted terrorists": listed, not staff
	case rel == graph.MemberOf && person && l.statesOnly(b.Entity):
		return true // the United Nations, NATO and BRICS count states as members
	case rel == graph.WorksFor && b.StandsFor != "" && (placePreps[v.word(b.First-1)] ||
		v.word(b.First-1) == "the" && placePreps[v.word(b.First-2)]):
		return true // "Putin received Lukashenko in the Kremlin": where, not whom he serves
	}
	return false
}

// linkEnds join the second end of a link to the first: "linking X with
// Y", "from X to Y", "between X and Y".
var linkEnds = set("with", "to", "and")

// linkOpens reports whether a word that opens a link between two places
// stands just before place a: "linking", "between", "from".
func linkOpens(v *sentenceView, a *Mention) bool {
	for k := a.First - 1; k >= v.s.First && k >= a.First-2; k-- {
		switch v.word(k) {
		case "linking", "links", "linked", "connecting", "connects", "between", "from":
			return true
		}
	}
	return false
}

// placesListed counts the places of the list of places p stands in: the
// names joined to it by commas and "and" on either side.
func placesListed(v *sentenceView, p *Mention) int {
	place := func(m *Mention) bool { return m != nil && (m.Type == graph.Location || m.Type == graph.Country) }
	n := 1
	for k := p.First - 1; k > v.s.First; {
		w := v.word(k)
		if w != "," && w != "and" {
			break
		}
		if w == "and" && v.word(k-1) == "," {
			k--
		}
		m := v.mentionAt(k - 1)
		if !place(m) || m.Last != k {
			break
		}
		n++
		k = m.First - 1
	}
	for k := p.Last; k < v.s.Last; {
		w := v.word(k)
		if w != "," && w != "and" {
			break
		}
		if w == "," && v.word(k+1) == "and" {
			k++
		}
		m := v.mentionAt(k + 1)
		if !place(m) || m.First != k+1 {
			break
		}
		n++
		k = m.Last
	}
	return n
}

// siteOfBody are a body's sites elsewhere than its seat.
var siteOfBody = set("facility", "plant", "factory", "mine", "bakery", "store", "branch", "office", "warehouse", "refinery", "depot", "outlet", "subsidiary", "hub", "site", "unit",
	"cell", "cells", "chapter", "affiliate", "affiliates", "branches", "offices", "bureau")

// inListOfThree reports whether a and b are joined by a bare comma or
// "and" and a comma stands before the first with a name before it: three
// items or more of one list.
func inListOfThree(v *sentenceView, a, b *Mention) bool {
	lo, hi := min(a.Last, b.Last), max(a.First, b.First)
	for k := lo; k < hi; k++ {
		if w := v.word(k); w != "," && w != "and" && w != "the" {
			return false
		}
	}
	return hi > lo
}

// foesAround reports whether a noun of hostility stands between a and b,
// or names b's foes before it: "Angela Merkel, the former chancellor and
// critic of Russia's war", "25 opponents of Hamas, including Ali Khan".
func foesAround(v *sentenceView, a, b *Mention) bool {
	for k := min(a.Last, b.Last); k < max(a.First, b.First); k++ {
		if foeNouns[v.word(k)] {
			return true
		}
	}
	k := b.First - 1
	if v.word(k) == "the" {
		k--
	}
	return v.word(k) == "of" && foeNouns[v.word(k-1)]
}

// foeNouns name a side's foes.
var foeNouns = set("critic", "critics", "opponent", "opponents", "foe", "foes", "enemy", "enemies", "adversary", "adversaries")

// listedBeside reports whether person a is an item of a list of names:
// another person's name and a comma come before a's own title words, and
// a bare name follows a's comma, itself followed by a comma or "and".
func listedBeside(v *sentenceView, a *Mention) bool {
	if v.word(a.Last) != "," {
		return false
	}
	k := a.Last + 1
	if v.word(k) == "the" {
		k++
	}
	next := v.mentionAt(k)
	if next == nil || next.First != k || next.Type == graph.Person {
		return false
	}
	if w := v.word(next.Last); w != "," && w != "and" {
		return false
	}
	for k := a.First - 1; k >= v.s.First && k >= a.First-6; k-- {
		if v.word(k) == "," {
			p := v.mentionAt(k - 1)
			return p != nil && p.Type == graph.Person && p.Last == k
		}
		if m := v.mentionAt(k); m != nil && m.Type == graph.Person || isVerbTag(v.toks[k].Tag) {
			return false
		}
	}
	return false
}

// attackedAt reports whether place p is the object of an attack verb:
// "attacked Baghdad", "bombed the city of Aleppo".
func attackedAt(v *sentenceView, p *Mention) bool {
	k := p.First - 1
	if v.word(k) == "the" {
		k--
	}
	w := v.word(k)
	return verbFamilies[0].rel == graph.Attacked && (verbFamilies[0].verbs[w] || verbFamilies[0].participles[w]) && !strings.HasSuffix(w, "ing")
}

// subjectActsOn reports whether state b is the subject of a verb whose
// object is body a: a finite verb stands between the two, with nothing
// but its auxiliaries, adverbs and a determiner, and b opens its clause.
func subjectActsOn(v *sentenceView, b, a *Mention) bool {
	if b.Kind == "demonym" || v.possessive(b.Last) {
		return false
	}
	start := b.First // past a title, its country and "the": "President George W. Bush labelled Iran"
	for start > v.s.First && (v.titleWordAt(start-1) || v.word(start-1) == "the" || v.mentionAt(start-1) != nil && v.mentionAt(start-1).Type != graph.Person) {
		if m := v.mentionAt(start - 1); m != nil {
			start = m.First
			continue
		}
		start--
	}
	if start > v.s.First && v.word(start-1) != "," && v.word(start-1) != "and" && v.word(start-1) != "that" {
		return false
	}
	first := b.Last
	for first < a.First && forceNouns[v.word(first)] {
		first++ // "U.S. warplanes bombed Islamic State artillery": the state's forces act
	}
	verb := false
	for k := first; k < a.First; k++ {
		switch t := v.toks[k].Tag; {
		case t == "VBZ" || t == "VBD" || t == "VBP" || t == "VBG" && verb || t == "VBN" && verb:
			verb = true
		case t == "MD" || t == "RB" || t == "DT" && k == a.First-1:
		default:
			return false
		}
	}
	return verb
}

// whereaboutNouns are a person's places and things a blast or an ambush
// strikes near: "the convoy of Ahmed Khan".
var whereaboutNouns = set("convoy", "motorcade", "home", "house", "residence", "car", "vehicle", "office", "compound", "palace", "headquarters")

// agentAfter reports whether place b stands in the agent of a passive
// after a: "by" between them, and nothing but names, commas and "and"
// from there to b.
func agentAfter(v *sentenceView, a, b *Mention) bool {
	if b.First < a.Last {
		return false
	}
	for k := b.First - 1; k >= a.Last; k-- {
		switch w := v.word(k); {
		case w == "by":
			return true
		case w == "," || w == "and" || w == "the":
		case v.mentionAt(k) != nil:
			k = v.mentionAt(k).First
		default:
			return false
		}
	}
	return false
}

// eventParticipleBetween reports whether a participle of making or
// showing a work stands between person a and place b ("cartoons of the
// Prophet Muhammad, first published in Denmark"): where the work came
// out, not where anyone lives.
func eventParticipleBetween(v *sentenceView, a, b *Mention) bool {
	return v.wordIn(min(a.Last, b.Last), max(a.First, b.First), workParticiples)
}

// workParticiples tell where a work was made or shown.
var workParticiples = set("published", "printed", "reprinted", "broadcast", "aired", "screened", "shown", "filmed", "recorded", "staged", "exhibited", "released")

// listOf reports whether an organisation owns a list named right after
// it: "the FBI's most-wanted list", "the State Department's list of
// terrorist groups".
func listOf(v *sentenceView, m *Mention) bool {
	if !v.possessive(m.Last) {
		return false
	}
	for k := m.Last + 1; k < v.s.Last && k <= m.Last+4; k++ {
		switch w := v.word(k); {
		case w == "list" || w == "lists" || w == "blacklist" || w == "watchlist":
			return true
		case !isLowerWord(w) && w != "-":
			return false
		}
	}
	return false
}

// placeVetoed reports whether what the gazetteer or the text knows of a
// place contradicts the pair classifier's located-in or based-in from src
// (mention a) to tgt.
func (l *linkRun) placeVetoed(rel graph.RelationType, a *Mention, src, tgt string) bool {
	switch {
	case rel == graph.LocatedIn && l.gazetteerDenies(src, tgt):
		return true // "Senator John Edwards of North Carolina, Iowa Governor Tom Vilsack"
	case rel != graph.BasedIn:
		return false
	case a.Of != "" && a.Of != tgt && l.gaz.CountryOf(tgt) != a.Of:
		return true // "Bulgaria has criticized Libya's Supreme Court": the court is Libya's
	case l.gaz != nil && (l.gaz.Kind(tgt) == "continent" || l.gaz.Kind(tgt) == "area" && l.gaz.CountryOf(tgt) == ""):
		return true // "Barcelona ... Europe", "Oxfam's director for West Africa": a continent is no seat
	case l.seatedElsewhere(src, tgt) || l.international(src) || l.transnational(src):
		return true // NATO and the UN have seats, not a country of their own
	}
	return false
}

// namedForOtherCountry reports whether a body's name holds a country or
// its demonym other than the one a guess seats it in: "the Fourth Iraqi
// Army division" is no body of the United States.
func (l *linkRun) namedForOtherCountry(v *sentenceView, a *Mention, tgt string) bool {
	want := tgt
	if !strings.HasPrefix(want, graph.Country.Slug()+"/") {
		want = l.gaz.CountryOf(tgt)
	}
	if want == "" || a.Type != graph.Org {
		return false
	}
	for k := a.First; k < a.Last; k++ {
		for _, e := range l.gaz.Lookup(graph.NormalizeName(v.toks[k].Text)) {
			c := e.StandsFor
			if c == "" && strings.HasPrefix(e.ID, graph.Country.Slug()+"/") {
				c = e.ID
			}
			if c != "" && e.Kind.String() == "demonym" || strings.HasPrefix(e.ID, graph.Country.Slug()+"/") {
				if c != want {
					return true
				}
			}
		}
	}
	return false
}

// modifierName reports whether a person's name stands as a modifier in
// a noun phrase: "the Vincent van Gogh painting", "the Obama
// administration".
func modifierName(v *sentenceView, m *Mention) bool {
	if m.Type != graph.Person || m.Last >= v.s.Last {
		return false
	}
	w := v.word(m.First - 1)
	t := v.toks[m.Last]
	if isPossessive(w) && ordinals[strings.ToLower(t.Text)] {
		return false // "Norway's Aksel Lund Svindal third": a rank, not a thing the name names
	}
	// "Japan's Nenbutsushu Buddhist sect": after a possessive too.
	return (w == "the" || w == "a" || w == "an" || isPossessive(w)) && (strings.HasPrefix(t.Tag, "NN") || t.Tag == "VBG") && !isCap(t.Text) && isWord(t.Text)
}

// ordinals rank.
var ordinals = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last")

// meetingWith reports whether body m is the other side of a meeting or
// talks: "after a meeting with the IAEA", "in talks with Renault".
func meetingWith(v *sentenceView, m *Mention) bool {
	k := m.First - 1
	for n := 0; n < 4 && (v.word(k) == "and" || v.word(k) == ",") && v.mentionAt(k-1) != nil; n++ {
		k = v.mentionAt(k-1).First - 1 // "an alliance with Renault and Nissan"
	}
	if v.word(k) == "the" {
		k--
	}
	if v.word(k) != "with" {
		return false
	}
	for j := k - 1; j >= v.s.First && j >= k-3; j-- {
		if w := v.word(j); w == "meeting" || w == "meetings" || w == "talks" || w == "met" || w == "meet" || w == "negotiations" || w == "deal" || w == "agreement" || w == "alliance" || w == "merger" {
			return true
		}
	}
	return false
}

// facilityHeads end the names of places no one lives in.
var facilityHeads = set("Center", "Centre", "Hospital", "Airport", "Stadium", "Base", "Office", "Prison", "Museum",
	"Hotel", "Palace", "Building", "Square", "Plaza", "Station", "Port", "Camp", "Court")

// titleOf reports whether body b stands in a title right before person a:
// "a meeting with U.S. House Speaker Nancy Pelosi".
func titleOf(v *sentenceView, b, a *Mention) bool {
	if a.First <= b.Last || a.First-b.Last > 3 {
		return false
	}
	for k := b.Last; k < a.First; k++ {
		if !isTitleWord(v.toks[k].Text) {
			return false
		}
	}
	return true
}

// gatheredAt reports whether the event before place p is told by a verb
// ("He met Clarkson at the House of Blues, where she was a hostess"), not
// by a noun ("talks at the Pentagon"): people meet where they work.
func gatheredAt(v *sentenceView, p *Mention) bool {
	k := p.First - 1
	if v.word(k) == "the" {
		k--
	}
	for j := k - 1; j >= v.s.First && j >= k-3; j-- {
		if eventNounsAt[v.word(j)] {
			return false
		}
		if gatherVerbs[v.word(j)] {
			return true
		}
	}
	return false
}

// wordBetween reports whether one of words stands between mentions a and b.
func wordBetween(v *sentenceView, a, b *Mention, words ...string) bool {
	for k := min(a.Last, b.Last); k < max(a.First, b.First); k++ {
		if slices.Contains(words, v.word(k)) {
			return true
		}
	}
	return false
}

// relativeOfAnother reports whether a relative clause about someone the
// sentence does not name opens in tokens [a, b) after a verb of its own:
// in "Smith met the gunman who killed Kennedy" the clause tells of the
// gunman. "Oswald was the gunman who ..." describes Oswald.
func relativeOfAnother(v *sentenceView, a, b int) bool {
	verb := false
	for k := a; k < b; k++ {
		t := v.toks[k]
		if isVerbTag(t.Tag) && v.mentionAt(k) == nil && !isPassiveAux(v.word(k)) && v.word(k) != "became" {
			verb = true
		}
		if w := v.word(k); verb && (w == "who" || w == "whom") && k > a && isLowerWord(v.word(k-1)) &&
			strings.HasPrefix(v.toks[k-1].Tag, "NN") && v.predicateSubject(k-1) == nil {
			return true
		}
	}
	return false
}

// personBetween reports whether another person is named between a and b,
// not in a list with a ("Kakuei Tanaka and Noboru Takeshita of the LDP").
func personBetween(v *sentenceView, a, b *Mention) bool {
	for _, m := range v.ms {
		if m.Type == graph.Person && m.Entity != a.Entity && m.First >= min(a.Last, b.Last) && m.Last <= max(a.First, b.First) &&
			!(m.First == a.Last+1 && (v.word(a.Last) == "and" || v.word(a.Last) == ",")) {
			return true
		}
	}
	return false
}

// saysThat reports whether a speech verb (with "that", or one of "says",
// "said", "argues", "believes") stands between person a
// and b, which then belongs to what a says.
func saysThat(v *sentenceView, a, b *Mention) bool {
	if b.First < a.Last {
		return false
	}
	for k := a.Last; k < b.First; k++ {
		w := v.word(k)
		if (speechVerbs[w] || w == "argues" || w == "believe" || w == "think") && k+1 < b.First && v.word(k+1) == "that" {
			return true
		}
		if w == "says" || w == "said" || w == "argues" || w == "believes" {
			return true // "Brom, who is Israeli, says Hamas is too weak"
		}
	}
	return false
}

// clauseSubjectAfter reports whether organisation b, right after a comma
// that follows a, opens a clause of its own with a plural noun and a verb:
// "Following talks with Mr. Abbas, Hamas leaders said".
func clauseSubjectAfter(v *sentenceView, a, b *Mention) bool {
	if v.word(a.Last) != "," || b.First != a.Last+1 || b.Last+1 >= v.s.Last {
		return false
	}
	return v.toks[b.Last].Tag == "NNS" && strings.HasPrefix(v.toks[b.Last+1].Tag, "VB")
}

// openingApart reports whether a sentence-opening phrase (one that starts
// with a preposition or a participle and ends in a comma) holds one of the
// two names and the clause's subject after the comma is the other: "In an
// opinion piece in Saturday's Washington Post newspaper, Rumsfeld wrote".
func openingApart(v *sentenceView, a, b *Mention) bool {
	first := v.toks[v.s.First]
	if first.Tag != "IN" && first.Tag != "VBG" {
		return false
	}
	lo, hi := a, b
	if hi.First < lo.First {
		lo, hi = hi, lo
	}
	comma := -1
	for k := v.s.First; k < hi.First; k++ {
		if v.word(k) == "," {
			comma = k
			break
		}
	}
	if comma < lo.Last {
		return false
	}
	k := comma + 1
	if w := v.word(k); w == "the" || w == "a" || w == "an" {
		k++
	}
	return k == hi.First
}

// placeSetOff reports whether place b stands in a phrase "in X," set off
// before person a: where a was when speaking or acting, not a's home.
func placeSetOff(v *sentenceView, a, b *Mention) bool {
	end := b.Last
	if d := v.mentionAt(end); d != nil && d.First == end && d.Type == graph.Date {
		end = d.Last // "In Baghdad Thursday, Senator John McCain called": the day, then the comma
	}
	if b.Last >= a.First || v.word(end) != "," {
		return false
	}
	k := b.First - 1
	if v.word(k) == "the" {
		k--
	}
	return v.word(k) == "in" && (k == v.s.First || v.word(k-1) == ",")
}

// titleOfAnother reports whether the organisation stands in the title or
// trade of another person named right after it: "Donald Rumsfeld, former
// CIA Director George Tenet", "Loeb ... over Subaru driver Petter Solberg".
func titleOfAnother(v *sentenceView, a, b *Mention) bool {
	o, p := b, a
	if o.Type != graph.Org {
		o, p = a, b
	}
	k := o.Last
	for k < v.s.Last && k < o.Last+3 && (isTitleWord(v.toks[k].Text) || isLowerWord(v.toks[k].Text) && !isVerbTag(v.toks[k].Tag) && !isFunctionTag(v.toks[k].Tag)) {
		k++ // "CIA Director", "Subaru driver"
	}
	if k == o.Last {
		return false
	}
	m := v.mentionAt(k)
	if m == nil && isTitleWord(v.toks[k-1].Text) && speechVerbs[v.word(k)] && p.First > k {
		return true // "A U.S. State Department spokesman says Chen Yunlin will meet": the spokesman is unnamed
	}
	return m != nil && m.Type == graph.Person && m.Entity != p.Entity
}

// placeTitleOfAnother reports whether place b begins the title of another
// person named right after it: "Paul Newman as Louisiana Gov. Earl Long".
func placeTitleOfAnother(v *sentenceView, a, b *Mention) bool {
	k := b.Last
	for k < v.s.Last && k < b.Last+3 && isTitleWord(v.toks[k].Text) {
		k++
	}
	if k == b.Last {
		return false
	}
	m := v.mentionAt(k)
	return m != nil && m.Type == graph.Person && m.Entity != a.Entity
}

// servesAnother reports whether person a holds an office of one country
// (a's title is that state's) and organisation b belongs to another: a
// president of Pakistan sits in no American House.
func (l *linkRun) servesAnother(a, b *Mention) bool {
	if a.Type != graph.Person || b.Type != graph.Org || !strings.HasPrefix(a.RoleOf, graph.Country.Slug()+"/") || l.gaz == nil {
		return false
	}
	c := l.gaz.CountryOf(b.Entity)
	if c == "" {
		c = b.Of
	}
	return c != "" && c != a.RoleOf
}

// reportsFrom reports whether a reporting verb and "from" stand between a
// person and a place: "X reports from Y", "X, reporting from Y".
func reportsFrom(v *sentenceView, a, b *Mention) bool {
	if b.First < a.Last {
		return false
	}
	for k := a.Last; k+1 < b.First+1 && k < v.s.Last; k++ {
		switch v.word(k) {
		case "reports", "reporting", "reported", "writes", "writing", "filed", "files":
			if v.word(k+1) == "from" {
				return true
			}
		}
	}
	return false
}

// killingAround reports whether a word of killing or attack stands right
// before person a (within three words) or between a and place b: the
// place is then where it happened, not where a lives.
func killingAround(v *sentenceView, a, b *Mention) bool {
	from, to := a.First-3, max(a.First, b.First)
	if b.First < a.First {
		from, to = b.Last, a.First
	}
	for k := max(from, v.s.First); k < to; k++ {
		if k >= a.First && k < a.Last {
			continue
		}
		w := v.word(k)
		for fi := range verbFamilies {
			f := &verbFamilies[fi]
			if (f.rel == graph.Killed || f.rel == graph.Attacked) && (f.verbs[w] || f.nouns[w] || f.participles[w]) {
				return true
			}
		}
	}
	return false
}

// placePreps put a place as where something happens.
var placePreps = set("in", "at", "to", "from", "into", "inside", "near", "outside")

// hostileBetween reports whether a word of attack, killing or opposition
// stands between two mentions: one does not belong to whom one attacks or
// condemns, nor to whom attacked one.
func hostileBetween(v *sentenceView, a, b *Mention) bool {
	lo, hi := min(a.Last, b.Last), max(a.First, b.First)
	// "an attack against commander Massoud ... by al-Qaida operatives"
	agent := false
	for k := lo; k < hi; k++ {
		agent = agent || v.word(k) == "by"
	}
	for k := min(a.First, b.First) - 1; agent && k >= v.s.First && k >= min(a.First, b.First)-3; k-- {
		if v.word(k) == "against" {
			return true
		}
	}
	for k := lo; k < hi; k++ {
		w := v.word(k)
		if hostileWords[w] {
			return true
		}
		if w == "opposition" {
			continue // the parliamentary opposition, more often than not
		}
		for fi := range verbFamilies {
			f := &verbFamilies[fi]
			if (f.rel == graph.Attacked || f.rel == graph.Opposes || f.rel == graph.Killed) && (f.verbs[w] || f.nouns[w] || f.participles[w]) {
				return true
			}
		}
	}
	return false
}

// hostileWords speak of hostility beyond the verb families' words.
var hostileWords = set("deplored", "deplores", "against", "accused", "accuses", "blamed", "blames", "rejected", "rejects",
	"critic", "critics", "opponent", "opponents", "foe", "foes", "enemy", "enemies", "dissident") // "Kremlin critic Vladimir Khodorkovsky"

// envoyAbroad reports whether a person's title posts them abroad for
// their country: an ambassador or a consul lives where they are posted (a
// special envoy, who travels, may well live at home).
func envoyAbroad(m *Mention) bool { return envoyRole(m.Role) }

// envoyRole reports whether a role is a post abroad: an ambassador, an
// envoy or a consul.
func envoyRole(role string) bool {
	r := strings.ToLower(role)
	return strings.Contains(r, "ambassador") || strings.Contains(r, "envoy") || strings.Contains(r, "consul")
}

// visitBetween reports whether the words between two mentions, or just
// before the place b, tell of a visit rather than a home: "Mottaki, who
// arrived in Pakistan", "Obama visited Ghana", "Following his visit to
// Haiti, Mr. Annan".
func visitBetween(v *sentenceView, a, b *Mention) bool {
	for k := min(a.Last, b.Last); k < max(a.First, b.First); k++ {
		if visitWords[v.word(k)] {
			return true
		}
	}
	// "Following his visit to Haiti, Mr. Annan ...": the visit just
	// before the place; but a place that owns the person is theirs
	// ("for a meeting with Jordan's King Abdullah").
	if v.possessive(b.Last) && b.Last < a.First {
		return false
	}
	stop := b.First - 4
	if a.Last <= b.First {
		stop = max(stop, a.Last) // "will meet Max Mirnyi of Belarus": the meeting is before the person
	}
	for k := b.First - 1; k >= v.s.First && k >= stop; k-- {
		if visitWords[v.word(k)] {
			return true
		}
	}
	// "Paul Wolfowitz is in Rwanda Thursday, for the third stop in his
	// four-nation African tour": the visit told just after the place.
	if a.Last <= b.First {
		for k := b.Last; k < v.s.Last && k < b.Last+8; k++ {
			if visitWords[v.word(k)] {
				return true
			}
			if isVerbTag(v.toks[k].Tag) {
				break // another clause: "lives in Paris and arrived in Rome"
			}
		}
	}
	return false
}

// woundOnly reports whether a shooting or a wounding is all that stands
// between the two names, with no word of death: "Ruby shot Oswald", "Weber
// was stabbed by Braun" tell no killing; "Ruby fatally shot Oswald" and
// "Ruby shot and killed Oswald" do.
func woundOnly(v *sentenceView, a, b *Mention) bool {
	hurt := false
	for k := min(a.Last, b.Last); k < max(a.First, b.First); k++ {
		switch w := v.word(k); {
		case w == "shot" || w == "shooting" || w == "shoot":
			if fatalShot(v, k) {
				return false
			}
			hurt = true
		case deathVerbs[w] || w == "injured" || w == "injuring" || w == "wounding" || w == "stabbing":
			hurt = true
		case killWords[w]:
			return false
		}
	}
	return hurt
}

// governmentsThing reports whether a capital or seat owns a thing, not a
// person: "Beijing's influence", "Moscow's decision" (against "Seoul's
// Foreign Minister", "Tehran's mayor").
func governmentsThing(v *sentenceView, m *Mention) bool {
	k := m.Last
	if k+1 >= v.s.Last || !isPossessive(v.toks[k].Text) {
		return false
	}
	w := v.toks[k+1].Text
	return isLowerWord(w) && !agentNoun(strings.ToLower(w)) && !isTitleWord(w)
}

// possessedOrg returns the organisation named after m's possessive and a
// few lower-case words ("Samsung's rival LG", "Gazprom's Italian partner
// Eni"), or nil.
func possessedOrg(v *sentenceView, m *Mention) *Mention {
	n := m.Last + 1
	for n < v.s.Last && n < m.Last+5 && (v.mentionAt(n) == nil && isLowerWord(v.word(n)) || v.mentionAt(n) != nil && v.mentionAt(n).Kind == "demonym") {
		n++
	}
	if q := v.mentionAt(n); n > m.Last+1 && q != nil && q.First == n && q.Type == graph.Org {
		return q
	}
	return nil
}

// acquittalWords clear someone of a killing.
var acquittalWords = set("acquitted", "cleared", "exonerated")

// accusedAfter reports whether the words just after m say the person is
// accused, charged, suspected or acquitted: no victim of killer. Being
// the accused killer of someone else ("Oswald, the accused assassin of
// President Kennedy") is no such word.
func accusedAfter(v *sentenceView, m, killer *Mention) bool {
	for k := m.Last; k < v.s.Last && k < m.Last+4; k++ {
		switch v.word(k) {
		case "accused", "charged", "acquitted", "suspected", "convicted", "indicted", "sentenced":
			if p := v.headMentionAt(k + 3); v.word(k-1) == "the" && killerNouns[v.word(k+1)] && v.word(k+2) == "of" && p != nil && p.Type == graph.Person && p.Entity != killer.Entity {
				return false // "Oswald, the accused assassin of President Kennedy": accused of another death, which does not undo his own
			}
			return true
		}
	}
	return false
}

// accusedOfBody reports whether body b is what an accusation, an arrest
// or a plot a few words before it is about: "on suspicion of financing
// Islamic State", "charged with plotting to storm the Bundestag" (not
// "Imran Khan, who was arrested in May, remains the leader of the PTI").
func accusedOfBody(v *sentenceView, b *Mention) bool {
	for k := b.First - 1; k > v.s.First && k >= b.First-14; k-- {
		switch v.word(k) {
		case ",", ";":
			return false
		case "suspicion", "suspected", "accused", "charged", "alleged", "allegedly", "plotting", "plotted", "storm", "attack", "attacking", "financing", "funding":
			return true
		}
	}
	return false
}

// commaWord is the comma alone, for wordIn.
var commaWord = set(",")

// interviewWords tell of an interview given to a newspaper or broadcaster.
var interviewWords = set("interview", "interviews", "interviewed")

// pressNouns name a newspaper or broadcaster before its name.
var pressNouns = set("newspaper", "daily", "weekly", "magazine", "paper", "broadcaster", "channel", "tabloid")

// killerNouns name one who killed.
var killerNouns = set("assassin", "killer", "murderer", "gunman", "slayer")

// deathTold reports whether a word of killing, death or a deadly blow
// stands between the two names or within three words of either.
func deathTold(v *sentenceView, a, b *Mention) bool {
	lo, hi := max(min(a.First, b.First)-3, v.s.First), min(max(a.Last, b.Last)+3, v.s.Last)
	for k := lo; k < hi; k++ {
		if a.First <= k && k < a.Last || b.First <= k && k < b.Last {
			continue
		}
		w := v.word(k)
		if killWords[w] || deathVerbs[w] || w == "shot" || w == "shooting" || w == "shoot" {
			return true
		}
		for _, st := range deathStems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}

// deathStems begin words of killing not listed in killWords:
// "assassination", "murders", "slayings", "executing".
var deathStems = []string{"kill", "assassin", "murder", "slay", "slew", "execut", "massacr", "behead", "lynch", "strangl", "poison", "bomb"}

// stayVerbs and nowAdverbs say where someone is for now: "remains
// currently in".
var (
	stayVerbs  = set("remains", "remained", "stays", "stayed")
	nowAdverbs = set("currently", "now", "still", "already", "back")
)

// killedOthers reports whether the last killing verb between i and j has
// an object of its own that a preposition then parts from the name at j:
// "killing two people at a rally for Benazir Bhutto", "murdered a guard
// outside the home of" (not "killing his son, Stephen", "killing Tom Hill
// at a rally").
func killedOthers(v *sentenceView, i, j int) bool {
	k := -1
	for n := i; n < j; n++ {
		if killsObject[v.word(n)] {
			k = n
		}
	}
	if k < 0 || k+1 >= j || v.mentionAt(k+1) != nil {
		return false
	}
	if w := v.word(k + 1); v.toks[k+1].Tag != "CD" && !objectOpeners[w] {
		return false // ("killing his son, Stephen": the son is named)
	}
	for n := k + 2; n < j; n++ {
		if w := v.word(n); w == "," || v.mentionAt(n) != nil {
			return false
		} else if objectEnders[w] {
			return true
		}
	}
	return false
}

// killsObject are killing verbs that take an object; objectOpeners open
// an object that names no one ("two people", "a guard", "dozens of");
// objectEnders are prepositions that close it ("killing two people at a
// rally for").
var (
	killsObject   = set("killing", "killed", "kill", "kills", "murdering", "murdered", "murder")
	objectOpeners = set("a", "an", "the", "several", "many", "dozens", "scores", "hundreds")
	objectEnders  = set("at", "in", "during", "near", "outside", "inside", "on", "for", "after", "before", "with")
)

// attemptWords make a killing an attempt or a plan: no death.
var attemptWords = set("attempted", "attempt", "attempts", "attempting", "trying", "plot", "plotted", "plotting", "conspiracy", "conspiring",
	"conspired", "survived", "survives") // (not "tried": "was tried and convicted for the assassination"; not "wounded": "mortally wounded")

// killWords tell of a death.
var killWords = set("killed", "kill", "kills", "killing", "mortally", "fatally", "assassinated", "assassinating", "murdered", "murdering",
	"slain", "slaying", "executed", "died", "dead", "death", "killer", "assassin", "murderer")

// ownsPlural reports whether a body's name modifies a plural noun, whose
// places the sentence then gives: "NFL stadiums in New York, Miami,
// Atlanta", "Microsoft offices in Paris" are not the body's seat.
func ownsPlural(v *sentenceView, m *Mention) bool {
	if m.Last >= v.s.Last {
		return false
	}
	t := v.toks[m.Last]
	return t.Tag == "NNS" && isLowerWord(t.Text)
}

// ownsThingIn reports whether body a owns what stands in place b: "the
// Arizona Diamondbacks' feeder team in Alabama", "Toyota's plant in Ohio".
func ownsThingIn(v *sentenceView, a, b *Mention) bool {
	k := a.Last
	if k >= b.First || v.toks[k].Tag != "POS" && !isPossessive(v.word(k)) && v.word(k) != "'" {
		return false
	}
	nouns := 0
	if w := strings.TrimLeft(v.word(k), "'\u2019"); w != "" && w != "s" {
		nouns++ // "Diamondbacks 'feeder": the clitic glued to the noun
	}
	j := k + 1
	for ; j < b.First-1 && j <= k+3 && v.mentionAt(j) == nil && isLowerWord(v.word(j)) &&
		(strings.HasPrefix(v.toks[j].Tag, "NN") || v.toks[j].Tag == "JJ"); j++ {
		nouns++
	}
	w := v.word(j)
	return nouns > 0 && j == b.First-1 && (w == "in" || w == "at" || w == "near")
}

// eventPlace reports whether a place is where an event named just before
// it happened: "the UEFA Cup final in Eindhoven", "a summit in Sochi",
// "the ceremony at the White House".
func eventPlace(v *sentenceView, p *Mention) bool {
	k := p.First - 1
	if m := v.mentionAt(k - 1); v.word(k) == "," && m != nil && (m.Type == graph.Location || m.Type == graph.Country) {
		k = m.First - 1 // "a group that gathered Monday in Stuttgart, Germany"
	}
	if v.word(k) == "of" && placeKindNouns[v.word(k-1)] && v.word(k-2) == "the" {
		k -= 2 // "after conferring with Saakashvili in the town of Singnaghi"
	}
	if v.word(k) == "the" {
		k-- // "talks Tuesday at the Pentagon"
	}
	if w := v.word(k); w != "in" && w != "at" {
		return false
	}
	for j := k - 1; j >= v.s.First && j >= k-14; j-- {
		if violentWords[v.word(j)] && v.mentionAt(j) == nil {
			return true // "killed Osama bin Laden, the founder of al Qaeda, in Abbottabad": where it happened
		}
	}
	for j, n := k-1, 0; j >= v.s.First && n < 3; j-- {
		if eventNounsAt[v.word(j)] || gatherVerbs[v.word(j)] || contestVerbs[v.word(j)] {
			return true // ("by beating Austrian Michael Walchhofer in Wengen, Switzerland": where the race was)
		}
		if m := v.mentionAt(j); m != nil && !strings.EqualFold(v.toks[j].Text, "cup") || v.word(j) == "," || v.word(j) == "'s" ||
			isTitleWord(v.toks[j].Text) || timeNouns[v.word(j)] || v.word(j) == "and" {
			continue // "conferring with Georgia's president, Mikhail Saakashvili, in": names and commas count no word
		}
		if _, day := weekdays[v.word(j)]; day {
			continue // "will meet Abbas and Jordan's King Abdullah Tuesday in Sharm al-Sheikh"
		}
		n++
	}
	return false
}

// toldListener reports whether person a is the one a speaker told
// something, after body b: "X of Acme told reporter Jane Doe".
func toldListener(v *sentenceView, a, b *Mention) bool {
	k := a.First - 1
	for n := 0; n < 2 && k > b.Last && (isTitleWord(v.toks[k].Text) || isLowerWord(v.word(k)) && v.toks[k].Tag == "NN"); n++ {
		k-- // "told reporter", "told VOA correspondent"
	}
	return tellVerbs[v.word(k)] && k >= b.Last
}

// proceedingNouns are a body's proceedings, which those it judges go
// through: "the Senate confirmation process", "a Senate hearing".
var proceedingNouns = set("confirmation", "hearing", "hearings", "vote", "votes", "probe", "inquiry", "investigation", "approval", "ruling", "verdict")

// otherBodyNouns after a body's name name another body tied to it: "the
// VOA affiliate", "a Siemens subsidiary".
var otherBodyNouns = set("affiliate", "affiliates", "subsidiary", "subsidiaries", "partner", "partners", "franchise", "spinoff", "rival", "rivals")

// contestNames end the names of sporting events the tagger may read as
// bodies: one plays in them, and belongs to none.
var contestNames = set("Tournament", "Championship", "Championships", "Open", "Games", "Olympics", "Cup", "Classic", "Marathon")

// buildingParts are parts of a building where something happens: "in
// the basement of the Dallas Police Department".
var buildingParts = set("basement", "lobby", "steps", "courtyard", "grounds", "garage", "cafeteria", "corridors", "hallway", "entrance",
	"parking", "roof", "gates", "gate", "doorstep")

// venueNames end the names of places where people meet or play, which no
// one belongs to.
var venueNames = set("Cosmodrome", "Spaceport", "Airport", "Stadium", "Arena", "Hotel", "Palace", "Square", "Base", "Prison", "Resort")

// violentWords tell of a killing or a strike, which happens somewhere.
var violentWords = union(killingNouns, set("killed", "assassinated", "murdered", "slain", "executed", "shot", "strike", "airstrike", "raid",
	"bombing", "bombed", "captured", "arrested", "detained", "execution", "kidnapping", "kidnapped", "abducted", "abduction", "arrest",
	"arrests", "capture", "detention"))

// gatherVerbs tell of a gathering, which happens somewhere: "a group that
// gathered Monday in Stuttgart".
var gatherVerbs = set("gathered", "gather", "gathers", "convened", "convenes", "assembled", "met", "meets", "meet",
	"conferring", "conferred", "talking", "meeting", "campaigned", "campaigning", "campaigns", "toured", "touring")

// contestVerbs tell of a game or a battle won or lost, at a place that is
// no one's home.
var contestVerbs = set("beat", "beats", "beating", "defeated", "defeats", "defeating", "edged", "routed", "upset", "outlasted", "trounced")

// eventNounsAt name events that happen somewhere.
var eventNounsAt = set("final", "finals", "semifinal", "match", "game", "games", "tournament", "championship",
	"championships", "summit", "conference", "ceremony", "ceremonies", "meeting", "talks", "rally", "festival",
	"concert", "trial", "hearing", "session", "forum", "race", "marathon", "congress", "convention")

// guestAt reports whether body b is where someone spoke or visited:
// "spoke at Beijing Jiaotong University", "visited the Pentagon".
func guestAt(v *sentenceView, b *Mention) bool {
	k := b.First - 1
	if v.word(k) == "the" {
		k--
	}
	if v.word(k) == "at" || v.word(k) == "to" {
		k--
	}
	return guestVerbs[v.word(k)]
}

// guestVerbs tell of someone speaking at or visiting a body, which says
// nothing of belonging to it.
var guestVerbs = set("spoke", "speaks", "speaking", "lectured", "lecturing", "visited", "visiting", "visits", "addressed", "addressing", "addresses", "toured", "touring")

// beingIn reports whether only a form of "be" and "in" stand between the
// person and the place: "Singh is in Kashmir", "Mr. Moussa is in Iraq".
func beingIn(v *sentenceView, a, b *Mention) bool {
	if a.Last > b.First {
		return false
	}
	be, in := false, false
	if w := v.word(a.Last); w == "," && (v.word(a.Last+1) == "now" || v.word(a.Last+1) == "currently") {
		be = true // "Kofi Annan, now in Scotland, joined ...": where he is now
	}
	for k := a.Last; k < b.First; k++ {
		switch v.word(k) {
		case "is", "was", "are", "were", ",":
			if v.word(k) != "," {
				be = true
			}
		case "in":
			in = true
		case "now", "currently", "still", "already", "also", "the":
		default:
			return false
		}
	}
	return be && in
}

// participleOpening reports whether place b stands in a participial
// phrase that opens the sentence and whose subject is person a, named
// after it: "Speaking to reporters in Islamabad alongside Pakistan's
// Finance Minister, Ruggiero said". The phrase tells where something
// happened, unless it is about living there ("Living in Paris, she
// wrote").
func participleOpening(v *sentenceView, a, b *Mention) bool {
	first := v.toks[v.s.First]
	if first.Tag != "VBG" || residenceGerunds[v.word(v.s.First)] || b.First > a.First {
		return false
	}
	for k := b.Last; k < a.First; k++ {
		if v.word(k) == "," {
			return true
		}
	}
	return false
}

// speakingIn reports whether place p follows a participle of speech:
// "saying in Detroit", "speaking in Kabul".
func speakingIn(v *sentenceView, p *Mention) bool {
	k := p.First - 1
	if v.word(k) != "in" && v.word(k) != "at" {
		return false
	}
	switch v.word(k - 1) {
	case "saying", "speaking", "said", "spoke", "told", "telling", "announcing", "announced":
		return true
	}
	return false
}

// othersBasedIn reports whether a plural noun between body a and place b
// is what "based in" b tells of: "144 volunteers based in Kenya".
func othersBasedIn(v *sentenceView, a, b *Mention) bool {
	k := b.First - 1
	if v.word(k) != "in" || v.word(k-1) != "based" {
		return false
	}
	t := v.toks[k-2]
	return k-2 >= a.Last && t.Tag == "NNS" && isLowerWord(t.Text)
}

// residenceGerunds open a phrase about where someone lives.
var residenceGerunds = set("living", "residing", "growing", "raised", "settling", "staying")

// visitWords tell of going somewhere, not living there.
var visitWords = set("arrived", "arrives", "arriving", "visit", "visits", "visited", "visiting", "trip", "tour",
	"campaigning", "campaigned", "campaign", "stumping",
	"toured", "touring", "flew", "landed", "traveled", "travelled", "traveling", "travelling", "stopover",
	"leaving", "speaking", "ceremony", "ceremonies", "stop", "summit", "conference", "meet", "meeting", "talks", "returned", "returning")

// pairCandidate reports whether the pair classifier is asked about a and
// b of one sentence.
func pairCandidate(a, b *Mention) bool {
	// A nationality adjective modifies; it is no party to a relation the
	// model reads ("Russian and Ukrainian representatives").
	if a == b || a.Type == graph.Date || b.Type == graph.Date || a.Actor() == b.Actor() || a.Kind == "demonym" || b.Kind == "demonym" ||
		a.Kind == "leader" || b.Kind == "leader" {
		return false
	}
	// Far apart in a long sentence, two names are rarely related the way
	// the model learnt from short ones.
	return max(a.First, b.First)-min(a.Last, b.Last) <= learnedMaxGap
}

// Pairs returns the mention pairs of r that the pair classifier is asked
// about, sentence by sentence in text order, with what the gazetteer knows
// of each: the inputs a trainer should learn from.
func (p *Pipeline) Pairs(r *Result) []PairInput {
	bySent := make([][]*Mention, len(r.Sentences))
	for i := range r.Mentions {
		m := &r.Mentions[i]
		bySent[m.Sent] = append(bySent[m.Sent], m)
	}
	var out []PairInput
	for si, ms := range bySent {
		for _, a := range ms {
			for _, b := range ms {
				if pairCandidate(a, b) {
					out = append(out, PairInput{Tokens: r.Tokens, Sentence: r.Sentences[si], A: a, B: b, Known: known(p.linker.Gazetteer, a, b), Words: p.linker.Words})
				}
			}
		}
	}
	return out
}

// known says what the gazetteer knows of a pair: a place in a country or
// region, a national body in its country.
func known(gaz *gazetteer.Gazetteer, a, b *Mention) string {
	if gaz == nil {
		return ""
	}
	target := b.Entity
	if b.Type == graph.Country {
		target = b.Actor()
	}
	if c := gaz.CountryOf(a.Entity); c != "" && (c == target || gaz.RegionOf(a.Entity) == target) {
		if a.Type == graph.Org {
			return "based-in"
		}
		return "located-in"
	}
	return ""
}

// gazetteerDenies reports whether the gazetteer knows place to lie
// elsewhere than region: one region (a U.S. state, a province) lies in no
// other, and a city the gazetteer puts in a region lies in no other region.
func (l *linkRun) gazetteerDenies(place, region string) bool {
	if l.gaz == nil || l.gaz.Kind(region) != "region" {
		return false
	}
	switch l.gaz.Kind(place) {
	case "region":
		return true
	case "city":
		r := l.gaz.RegionOf(place)
		return r != "" && r != region
	}
	return false
}

// governmentBody reports whether an organisation is an organ of a state: a
// ministry or agency, an army, a legislature, a court, a seat of power.
func (l *linkRun) governmentBody(id string) bool {
	if l.gaz == nil {
		return false
	}
	switch l.gaz.Kind(id) {
	case "agency", "military", "legislature", "court":
		return true
	}
	if e, ok := l.gaz.Entity(id); ok {
		return e.HasTag("seat-of-power")
	}
	// One the gazetteer does not know says so in its name: "Interior
	// Ministry", "Federal Police".
	_, name, _ := strings.Cut(id, "/")
	for _, w := range strings.Split(name, "-") {
		if stateBodyWords[w] {
			return true
		}
	}
	return false
}

// stateBodyWords name an organ of a state.
var stateBodyWords = set("ministry", "department", "police", "army", "navy", "military", "court", "parliament",
	"senate", "congress", "cabinet", "government", "administration", "agency", "bundestag", "bundesrat",
	"duma", "knesset", "assembly", "pentagon", "kremlin")

// statesOnly reports whether an organisation's members are states: an
// intergovernmental organisation, an alliance, a forum of states.
func (l *linkRun) statesOnly(id string) bool {
	if l.gaz == nil {
		return false
	}
	switch l.gaz.Kind(id) {
	case "igo", "alliance", "forum":
		return true
	}
	return false
}

// international reports whether an organisation belongs to no one country:
// a body of states or one of its organs. It has seats, not a nationality.
func (l *linkRun) international(id string) bool {
	return l.statesOnly(id) || l.gaz != nil && l.gaz.Kind(id) == "igo-organ"
}

// transnational reports whether id is a non-governmental body of no one
// country (Amnesty International, Oxfam): it has branches in many, and only
// the text's "-based" or "based in" tells its seat.
func (l *linkRun) transnational(id string) bool {
	return l.gaz != nil && l.gaz.Kind(id) == "ngo" && l.gaz.CountryOf(id) == ""
}

// seatedElsewhere reports whether the gazetteer seats organisation org in
// another country than place: "a trader at Deutsche Bank in London" names a
// branch.
func (l *linkRun) seatedElsewhere(org, place string) bool {
	if l.gaz == nil {
		return false
	}
	c := l.gaz.CountryOf(org)
	return c != "" && c != place && l.gaz.CountryOf(place) != c
}

// singleName reports whether a person's entity has a one-word name.
func singleName(m *Mention) bool {
	_, name, _ := strings.Cut(m.Entity, "/")
	return !strings.Contains(name, "-")
}

// spokenTo reports whether m is the object of a speech verb or the source
// of a report: "told DW", "told the AFP news agency", "according to the
// Associated Press".
func spokenTo(v *sentenceView, m *Mention) bool {
	k := m.First - 1
	if w := v.word(k); w == "the" || w == "a" {
		k--
	}
	if v.word(k) == "," {
		// "told French television, Canal Plus": the medium named after
		// its description
		j := k - 1
		for j > v.s.First && k-j <= 3 && v.mentionAt(j) == nil && isLowerWord(v.word(j)) {
			j--
		}
		if j < k-1 && v.mentionAt(j) != nil && v.mentionAt(j).Kind == "demonym" {
			j-- // "French"
		}
		if j < k-1 {
			k = j
		}
	}
	if tellVerbs[v.word(k)] {
		return true
	}
	return v.word(k) == "to" && v.word(k-1) == "according" // "According to Associated Press, Brown died": the source
}

// tellVerbs have the one told as their object: "told DW", "told reporter
// Jane Doe".
var tellVerbs = set("told", "tells", "telling", "tell", "informed", "asked")

// coordinated reports whether a and b are conjuncts of one list: a
// conjunction stands between them, with nothing but commas and articles.
func coordinated(v *sentenceView, a, b *Mention) bool {
	lo, hi := min(a.Last, b.Last), max(a.First, b.First)
	if hi <= lo {
		return false
	}
	conj := false
	for k := lo; k < hi; k++ {
		if m := v.mentionAt(k); m != nil {
			k = m.Last - 1 // another item of the list: "Pathe Productions, BBC Films, and DJ Films"
			continue
		}
		switch v.word(k) {
		case "and", "or", "/":
			conj = true // "AP/Mikhail Klimentyev": a credit's list
		case ",", "the":
		default:
			return false
		}
	}
	return conj // "Frankfurt, West Germany" is a place in a place
}

// inCommaList reports whether two names with only commas between them are
// items of a longer list that ends in "and": "Saudi Arabia, Israel, the
// West Bank, and Turkey". A list of towns and their countries
// ("PyeongChang, South Korea, Salzburg, Austria and Sochi, Russia") pairs
// its items: there the next two names are a place and its country too.
func (l *linkRun) inCommaList(v *sentenceView, a, b *Mention) bool {
	lo, hi := min(a.Last, b.Last), max(a.First, b.First)
	// "an attack against commander Massoud ... by al-Qaida operatives"
	agent := false
	for k := lo; k < hi; k++ {
		agent = agent || v.word(k) == "by"
	}
	for k := min(a.First, b.First) - 1; agent && k >= v.s.First && k >= min(a.First, b.First)-3; k-- {
		if v.word(k) == "against" {
			return true
		}
	}
	for k := lo; k < hi; k++ {
		if w := v.word(k); w != "," && w != "the" {
			return false
		}
	}
	end := max(a.Last, b.Last)
	if hi <= lo {
		return false
	}
	if w := v.word(end); (w == "and" || w == "or") && a.Type != graph.Location && b.Type != graph.Location &&
		actorType(a) != graph.Country && actorType(b) != graph.Country && v.mentionAt(end+1) != nil {
		return true // "Sara Properties, Meadowbrook Investments and Ozlam Properties": three names, no place and its country
	}
	if !listGoesOn(v, end) {
		return false
	}
	nameAt := func(k int) *Mention { // the name at k, after "the"
		if v.word(k) == "the" {
			k++
		}
		if m := v.mentionAt(k); m != nil && m.First == k {
			return m
		}
		return nil
	}
	next := nameAt(end + 1)
	if next == nil || v.word(next.Last) != "," {
		return true
	}
	after := nameAt(next.Last + 1)
	return after == nil || l.gaz == nil || l.gaz.CountryOf(next.Entity) != after.Actor()
}

// listGoesOn reports whether a comma list of names continues from token k
// to an "and" or "or" before its last name.
func listGoesOn(v *sentenceView, k int) bool {
	more := 0 // names after k
	for n := 0; n < 12 && k < v.s.Last; n++ {
		switch w := v.word(k); {
		case w == "," || w == "the":
			k++
		case w == "(":
			// "Korea, Formosa (Taiwan), and southern Sakhalin": past a
			// bracketed name
			j := k + 1
			for j < v.s.Last && j < k+6 && v.word(j) != ")" {
				j++
			}
			if v.word(j) != ")" {
				return more >= 2
			}
			k = j + 1
		case w == "and" || w == "or":
			j := k + 1
			if v.word(j) == "the" {
				j++
			}
			if compassWords[v.word(j)] || v.toks[min(j, v.s.Last-1)].Tag == "JJ" && isLowerWord(v.word(j)) {
				j++ // "and southern Sakhalin Island"
			}
			return n > 0 && v.mentionAt(j) != nil
		case v.mentionAt(k) != nil && n > 0 && (v.word(k-1) == "," || v.word(k-1) == "the"):
			k = v.mentionAt(k).Last
			more++
		default:
			// "five towns - Tulkarem, Qalqiliya, Ramallah, Bethlehem -":
			// four names and more in a row are a list without "and".
			return more >= 2
		}
	}
	return more >= 2
}

// serviceGerunds open a sentence with what its subject does for a body:
// "Working for the UN, she saw ...".
var serviceGerunds = set("working", "serving", "representing", "leading", "heading", "chairing")

// topicPlace reports whether place p, after an article, modifies a noun
// for one who studies or reports on it: "a China analyst", "the Iraq war
// veteran", "a Russia expert".
func topicPlace(v *sentenceView, p *Mention) bool {
	if w := v.word(p.First - 1); w != "a" && w != "an" && w != "the" {
		return false
	}
	for k := p.Last; k < v.s.Last && k < p.Last+3; k++ {
		w := v.word(k)
		if topicAgents[w] {
			return true
		}
		if !isLowerWord(w) || !isWord(w) {
			return false
		}
	}
	return false
}

// topicAgents study, watch or fought in a place: "a China analyst".
var topicAgents = set("analyst", "analysts", "expert", "experts", "specialist", "specialists", "scholar", "scholars",
	"watcher", "watchers", "observer", "observers", "correspondent", "correspondents", "veteran", "veterans", "historian", "hand")
