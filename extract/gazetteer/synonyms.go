package gazetteer

import (
	"strings"

	"github.com/kgraph/kgraph/graph"
)

// synonymClasses maps words of organisation names to one representative, so
// that a paraphrased name ("Group for Safety and Cooperation in Europe",
// "Collective Safety Treaty Group") meets the real one. The classes are
// ordinary English near-synonyms that translation and paraphrasing tools
// swap; they are not tuned to any one text.
var synonymClasses = map[string]string{
	"organization": "organization", "organisation": "organization", "group": "organization",
	"organizations": "organization",
	"security":      "security", "safety": "security",
	"cooperation": "cooperation", "co operation": "cooperation", "collaboration": "cooperation",
	"commission": "commission", "fee": "commission", "committee": "commission",
	"union": "union", "association": "union", "league": "union",
	"agency": "agency", "company": "agency", "enterprise": "agency", "business": "agency",
	"monetary": "monetary", "financial": "monetary", "health": "health", "wellbeing": "health",
	"energy": "energy", "power": "energy", "atomic": "atomic", "nuclear": "atomic",
	"court": "court", "courtroom": "court",
	"treaty": "treaty", "pact": "treaty", "accord": "treaty",
	"nations": "nations", "countries": "nations", "states": "nations",
	"council": "council", "board": "council",
	"bank": "bank", "fund": "fund",
	"defense": "defence", "defence": "defence", "protection": "defence",
	"department": "department", "ministry": "department",
	"intelligence": "intelligence", "service": "service", "services": "service",
	"international": "international", "worldwide": "international", "global": "international",
	"world": "international",
	// a spinner's words (see extract/respell.go): "Worldwide Felony Court
	// docket", "Fast Help Forces", "Arakan Military", "Financial
	// Neighborhood of West African States"
	"national": "national", "nationwide": "national",
	"people": "people", "peoples": "people", "folks": "people",
	"workers": "workers", "employees": "workers",
	"community": "community", "neighborhood": "community", "neighbourhood": "community",
	"economic":    "monetary",
	"development": "development", "improvement": "development",
	"movement": "movement", "motion": "movement",
	"front": "front", "entrance": "front",
	"force": "force", "forces": "forces", "drive": "force",
	"government": "government", "authorities": "government",
	"rapid": "rapid", "fast": "rapid",
	"support": "support", "help": "support",
	"green": "green", "inexperienced": "green",
	"army": "army", "military": "army",
	"criminal": "criminal", "felony": "criminal",
	"of": "", "for": "", "the": "", "and": "", "on": "", "in": "in", "&": "",
}

// SynonymKey folds a name to its synonym classes: function words dropped,
// each other word mapped to its class representative.
func SynonymKey(name string) string {
	// "World Well being Group": a paraphrasing tool's two words for one
	words := strings.Fields(strings.ReplaceAll(" "+graph.NormalizeName(name)+" ", " well being ", " wellbeing "))
	out := words[:0]
	for _, w := range words {
		if c, ok := synonymClasses[w]; ok {
			if c == "" {
				continue
			}
			w = c
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
