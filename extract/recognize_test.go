package extract_test

import (
	"context"
	"testing"

	"github.com/kgraph/kgraph/extract"
	"github.com/kgraph/kgraph/graph"
)

type wantMention struct {
	text   string
	typ    graph.EntityType
	entity string // "" to skip the check
}

func TestRecognizer(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want []wantMention
		none []string // texts that must not be mentions
	}{
		{"title is not part of the name",
			"Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Moscow.",
			[]wantMention{{"Belarusian", graph.Country, "country/belarus"}, {"Alexander Lukashenko", graph.Person, "person/alexander-lukashenko"},
				{"Vladimir Putin", graph.Person, "person/vladimir-putin"}, {"Moscow", graph.Location, "location/moscow"}},
			[]string{"President Alexander Lukashenko", "Belarusian President"}},
		{"a state before an abbreviated office is a place, not part of the name",
			"Arizona Sen. John McCain and Texas Gov. Rick Perry spoke. Cambodia's Hun Sen listened.",
			[]wantMention{{"Arizona", graph.Location, "location/arizona"}, {"John McCain", graph.Person, "person/john-mccain"},
				{"Texas", graph.Location, "location/texas"}, {"Rick Perry", graph.Person, "person/rick-perry"}, {"Hun Sen", graph.Person, "person/hun-sen"}},
			[]string{"Arizona Sen. John McCain", "Sen. John McCain", "Texas Gov. Rick Perry"}},
		{"a one-word name before a term of office is its holder's",
			"The SANTOS administration has highlighted five \"locomotives\" to stimulate growth. The Washington administration disagreed.",
			[]wantMention{{"SANTOS", graph.Person, ""}, {"Washington", graph.Location, "location/washington"}},
			nil},
		{"a town's name after a verb of killing is a person's",
			"Booth escaped after shooting Lincoln during a performance at Ford's Theatre. Israeli jets were killing Hamas commanders in Gaza.",
			[]wantMention{{"Lincoln", graph.Person, "person/lincoln"}, {"Hamas", graph.Org, "org/hamas"}},
			nil},
		{"a trade before a name is no part of it",
			"Fourteen astronauts are training for the flight, including Astronaut Yang Liwei, who became China's first man in space.",
			[]wantMention{{"Yang Liwei", graph.Person, "person/yang-liwei"}},
			[]string{"Astronaut Yang Liwei"}},
		{"a town's name before County is the county's",
			"Officials in San Diego County canceled classes Thursday. A fire in Dallas County spread.",
			[]wantMention{{"San Diego County", graph.Location, "location/san-diego-county"}, {"Dallas County", graph.Location, "location/dallas-county"}},
			[]string{"San Diego", "Dallas"}},
		{"a surname with its article capitalised at a sentence's start is the person named before",
			"Protesters opposed the case against Culture Minister Asad Kamal al-Hashimi. Al-Hashimi has been accused of arranging a killing.",
			[]wantMention{{"Asad Kamal al-Hashimi", graph.Person, "person/asad-kamal-al-hashimi"}, {"Al-Hashimi", graph.Person, "person/asad-kamal-al-hashimi"}},
			nil},
		{"universities and think tanks are the gazetteer's bodies, by short name too; a town a university is named after stays a town",
			"Harvard professor Stephen Walt spoke at RAND. Fiona Hill of the Brookings Institution moved to Princeton, New Jersey.",
			[]wantMention{{"Harvard", graph.Org, "org/harvard-university"}, {"RAND", graph.Org, "org/rand-corporation"},
				{"Brookings Institution", graph.Org, "org/brookings-institution"}, {"Princeton", graph.Location, ""}},
			[]string{"Harvard professor Stephen Walt"}},
		{"a long name written in the other number is the gazetteer's body",
			"They drafted the Association of Southeast Asian Nation's first charter. The Federal Bureau of Investigations said so.",
			[]wantMention{{"Association of Southeast Asian Nation", graph.Org, "org/asean"}, {"Federal Bureau of Investigations", graph.Org, "org/fbi"}},
			nil},
		{"a state written short follows a town and a comma, not a verb or an article: Mass is also the liturgy",
			"He also celebrated Mass. Cardinal Camillo Ruini spoke in Rome. The pope said a Mass there. Abbas came to the midnight Mass at the Church of the Nativity. He was born in Ohio.",
			[]wantMention{{"Camillo Ruini", graph.Person, "person/camillo-ruini"}, {"Ohio", graph.Location, "location/ohio"}},
			[]string{"Mass", "Mass."}},
		{"a military operation's name is no body; a portfolio before Minister is part of the title",
			"The U.S. military launched Operation Steel Curtain early Saturday. South Korea's Unification Minister, Chung Dong-young, arrived.",
			[]wantMention{{"South Korea", graph.Country, "country/south-korea"}, {"Chung Dong-young", graph.Person, "person/chung-dong-young"}},
			[]string{"Operation Steel Curtain", "Unification"}},
		{"a marine is no body; the corps is",
			"The U.S. military says one U.S. Marine and one Afghan soldier have been killed. The U.S. Marine Corps confirmed it.",
			[]wantMention{{"U.S. Marine Corps", graph.Org, ""}},
			[]string{"U.S. Marine"}},
		{"regions written short stay regions after an adjective; a country after a name and a verb is no town's; a firm's Marine and a country's cartel stay",
			"Boko Haram attacked villages in northeastern Borno on Sunday. In Orban, Hungary has found a leader. Sembcorp Marine won a contract. U.S. officials met a Mexico cartel leader in Texas.",
			[]wantMention{{"Borno", graph.Location, "location/borno-state"}, {"Hungary", graph.Country, "country/hungary"},
				{"Sembcorp Marine", graph.Org, "org/sembcorp-marine"}, {"Mexico", graph.Country, "country/mexico"}},
			[]string{"Mexico cartel"}},
		{"a realm of the past is no body",
			"At the close of World War I, the Czechs and Slovaks of the former Austro-Hungarian Empire merged to form Czechoslovakia.",
			[]wantMention{{"Czechoslovakia", graph.Country, "country/czechoslovakia"}},
			[]string{"Austro-Hungarian Empire"}},
		{"a name after in and before a comma and a country is a town",
			"On Tuesday, Mr. Zapatero, Mr. Chavez and leaders of Brazil and Colombia held a one-day summit in Puerto Ordaz, Venezuela to discuss trade.",
			[]wantMention{{"Puerto Ordaz", graph.Location, "location/puerto-ordaz"}, {"Venezuela", graph.Country, "country/venezuela"}},
			nil},
		{"a state written short after a town and a comma is the state",
			"He lives in Boston, Mass., with his wife.",
			[]wantMention{{"Boston", graph.Location, "location/boston"}, {"Mass.", graph.Location, "location/massachusetts"}},
			nil},
		{"a name set off by a description of a town is a town",
			"The explosion happened in Cheecha Watni, a town about 100 kilometers from the city of Multan.",
			[]wantMention{{"Cheecha Watni", graph.Location, "location/cheecha-watni"}, {"Multan", graph.Location, "location/multan"}},
			nil},
		{"a place named after a person is no person",
			"Troops returned to Bagram Air Base. Former President Jimmy Carter's Carter Center monitored the vote.",
			[]wantMention{{"Bagram Air Base", graph.Location, "location/bagram-air-base"}, {"Carter Center", graph.Org, "org/carter-center"},
				{"Jimmy Carter", graph.Person, "person/jimmy-carter"}},
			nil},
		{"a firm's abbreviation opening a sentence keeps the word before it",
			"Keen Corp. of New York was sued.",
			[]wantMention{{"Keen Corp.", graph.Org, "org/keen-corp"}},
			[]string{"Corp."}},
		{"describing words and a demonym before a known body's name are no part of it",
			"The Islamic Militant Group Hamas claimed victory. Lebanese Hezbollah fighters fired rockets.",
			[]wantMention{{"Hamas", graph.Org, "org/hamas"}, {"Lebanese", graph.Country, "country/lebanon"}, {"Hezbollah", graph.Org, "org/hezbollah"}},
			[]string{"Islamic Militant Group Hamas", "Lebanese Hezbollah"}},
		{"an office named with for or of is no body",
			"In Pakistan, the Minister for Information and Broadcasting, Sheikh Rashid Ahmad, said his country is shocked.",
			[]wantMention{{"Rashid Ahmad", graph.Person, "person/rashid-ahmad"}},
			[]string{"Minister for Information and Broadcasting"}},
		{"a party named without its Party is the party named with it",
			"Analysts predict Britain's Labor Party will suffer losses. Blair is Labor's longest-serving prime minister.",
			[]wantMention{{"Labor Party", graph.Org, "org/labour-party-uk"}, {"Labor", graph.Org, "org/labour-party-uk"}},
			nil},
		{"a country's party with its noun written small, and its name alone after",
			"Israel's Labor party has voted to quit the coalition. Labor's Central Committee approved it. Party leader Amir Peretz spoke.",
			[]wantMention{{"Labor", graph.Org, "org/israeli-labor-party"}, {"Israel", graph.Country, "country/israel"}, {"Amir Peretz", graph.Person, "person/amir-peretz"}},
			[]string{"Party"}},
		{"a party's adjective is the party",
			"Chavez backed Sandinista leader Daniel Ortega. The Sandinistas ruled Nicaragua in the 1980s.",
			[]wantMention{{"Sandinista", graph.Org, "org/fsln"}, {"Sandinistas", graph.Org, "org/fsln"}, {"Daniel Ortega", graph.Person, "person/daniel-ortega"}},
			nil},
		{"lower-case words inside a name the gazetteer knows",
			"Bombs hit Nairobi, Kenya and Dar es Salaam, Tanzania. He then flew to Rio Grande do Sul and Newcastle upon Tyne.",
			[]wantMention{{"Dar es Salaam", graph.Location, "location/dar-es-salaam"}, {"Rio Grande do Sul", graph.Location, "location/rio-grande-do-sul"},
				{"Newcastle upon Tyne", graph.Location, "location/newcastle-upon-tyne"}},
			[]string{"Dar", "Salaam"}},
		{"a landmark named with a saint's possessive is one place",
			"The pope's body will lie in state at St. Peter's Basilica. Crowds filled Saint Peter's Square.",
			[]wantMention{{"St. Peter's Basilica", graph.Location, "location/st-peters-basilica"}, {"Saint Peter's Square", graph.Location, "location/st-peters-square"}},
			[]string{"Basilica", "St. Peter"}},
		{"a ministry named with of is its country's, and no other country's",
			"Israel's Ministry of Defense denied it. Pakistan's Ministry of Foreign Affairs agreed. The Ministry of Defense said nothing.",
			[]wantMention{{"Ministry of Defense", graph.Org, "org/israel-ministry-of-defense"}, {"Ministry of Foreign Affairs", graph.Org, "org/pakistan-ministry-of-foreign-affairs"}},
			nil},
		{"a ministry named after its country's name is the one named after its demonym",
			"Iran Foreign Ministry spokesman Reza Asefi spoke. Iranian Foreign Ministry spokesman Hamid Reza Asefi agreed.",
			[]wantMention{{"Iran Foreign Ministry", graph.Org, "org/iran-ministry-of-foreign-affairs"}, {"Iranian Foreign Ministry", graph.Org, "org/iran-ministry-of-foreign-affairs"}},
			nil},
		{"British and American spellings of a body's name",
			"The South West Africa People's Organization (SWAPO) won. A spokeswoman for the U.N. World Food Program said so.",
			[]wantMention{{"South West Africa People's Organization", graph.Org, "org/swapo"}, {"SWAPO", graph.Org, "org/swapo"}},
			nil},
		{"a department another country names before it is that country's",
			"The Philippine Labor Department said so. The U.S. Labor Department agreed. Health and Human Services Secretary Michael Leavitt spoke.",
			[]wantMention{{"Labor Department", graph.Org, "org/philippines-labor-department"}, {"U.S. Labor Department", graph.Org, "org/us-department-of-labor"},
				{"Health and Human Services", graph.Org, "org/us-department-of-health-and-human-services"}},
			nil},
		{"a country's own body after the country's name is no part of a longer name",
			"On Sunday, U.S. Health and Human Services Secretary Mike Leavitt spoke. The U.S. Central Intelligence Agency said nothing.",
			[]wantMention{{"U.S.", graph.Country, "country/united-states"}, {"Health and Human Services", graph.Org, "org/us-department-of-health-and-human-services"},
				{"Central Intelligence Agency", graph.Org, "org/cia"}},
			[]string{"Health and Human Services Secretary"}},
		{"a state named with State is the state",
			"Democratic Party representative Anthony Weiner from New York State says so.",
			[]wantMention{{"New York State", graph.Location, "location/new-york-state"}},
			nil},
		{"organisation title person",
			"Pentagon Press Secretary John Kirby told reporters on Friday.",
			[]wantMention{{"Pentagon", graph.Org, "org/us-department-of-defense"}, {"John Kirby", graph.Person, "person/john-kirby"}},
			[]string{"Press Secretary John Kirby"}},
		{"brackets close inside a name",
			"Nihat, deputy leader of SHP (Social Democrat Populist Party) parliamentary group, said so.",
			[]wantMention{{"SHP", graph.Org, ""}},
			[]string{"SHP (Social Democrat Populist Party", "Social Democrat Populist Party) parliamentary"}},
		{"wire dateline",
			"GRAND RAPIDS, Mich. (AP) A man was arrested on Monday.",
			[]wantMention{{"GRAND RAPIDS", graph.Location, ""}, {"Mich.", graph.Location, "location/michigan"}, {"AP", graph.Org, "org/associated-press"}},
			nil},
		{"a state written short closes a sentence the source ran on",
			"The boy vanished near their hometown of Socorro, N.M. Ms. Wilson, then 19, disappeared five months later.",
			[]wantMention{{"Socorro", graph.Location, ""}, {"N.M.", graph.Location, "location/new-mexico"}, {"Wilson", graph.Person, ""}},
			[]string{"N.M. Ms. Wilson"}},
		{"a legal form is part of a company's name, not another body's acronym",
			"Shares of Barclays PLC and Vodafone Group PLC fell. The PLC met in Ramallah.",
			[]wantMention{{"Barclays PLC", graph.Org, ""}, {"Vodafone Group PLC", graph.Org, ""}, {"PLC", graph.Org, "org/palestinian-legislative-council"}},
			nil},
		{"a name before a locality noun is a place",
			"Officials say a third bomb wounded three people in the southwestern Jihad district.",
			[]wantMention{{"Jihad", graph.Location, ""}},
			nil},
		{"a name before a locality noun that ends its noun phrase",
			"The bomber blew up a truck in Lakhdaria, a village in the restive Kabylie region. The Microsoft region manager said so.",
			[]wantMention{{"Kabylie", graph.Location, ""}, {"Microsoft", graph.Org, ""}},
			nil},
		{"a square is a place",
			"The EU imposed the embargo in 1989 after China's violent crackdown on demonstrations in Beijing's Tiananmen Square.",
			[]wantMention{{"Tiananmen Square", graph.Location, ""}}, nil},
		{"a body's department before a title is not part of its name",
			"A spokeswoman for EU Foreign Policy chief Javier Solana characterized the meeting.",
			[]wantMention{{"EU", graph.Org, "org/european-union"}, {"Javier Solana", graph.Person, ""}}, []string{"EU Foreign Policy"}},
		{"initials and a surname are a person; a -based prefix is no part of a name",
			"State Department spokesman P.J. Crowley spoke. The U.S.-based New England Aquarium said so.",
			[]wantMention{{"P.J. Crowley", graph.Person, ""}, {"New England Aquarium", graph.Org, ""}}, nil},
		{"state media name no body",
			"State media say rescuers have been unable to reach the miners.",
			nil, []string{"State"}},
		{"a disease, a spacecraft, a holiday and a faith are no names",
			"The pope suffers from Parkinson's disease. The probe sent data to the Cassini spacecraft. The closure lasts throughout the holiday of Purim. Imam Hussein is one of Shi'ite Islam's most revered leaders.",
			nil, []string{"Parkinson", "Cassini", "Purim", "Shi'ite Islam"}},
		{"long name with a known acronym",
			"Both are in the Collective Safety Treaty Group (CSTO), and the CSTO met.",
			[]wantMention{{"Collective Safety Treaty Group", graph.Org, "org/csto"}, {"CSTO", graph.Org, "org/csto"}},
			nil},
		{"acronym the text defines",
			"The Central Anti-Graft Bureau (CAGB) opened a case. The CAGB said more would follow.",
			[]wantMention{{"Central Anti-Graft Bureau", graph.Org, "org/central-anti-graft-bureau"}, {"CAGB", graph.Org, "org/central-anti-graft-bureau"}},
			nil},
		{"a name ending in a body's word is an organisation's, not a place's",
			"Halo Trust regional director, Mohammad Ashraf, said the blast occurred in Kandahar province. Seven were charged in the High Court in Abuja.",
			[]wantMention{{"Halo Trust", graph.Org, ""}, {"High Court", graph.Org, ""}, {"Kandahar", graph.Location, ""}, {"Abuja", graph.Location, ""}},
			nil},
		{"a known organisation's name goes on past a lower-case word",
			"Burma belongs to the Association of Southeast Asian nations, which met.",
			[]wantMention{{"Association of Southeast Asian nations", graph.Org, "org/asean"}},
			[]string{"Association of Southeast Asian"}},
		{"a party name several countries share is the named country's party",
			"German Chancellor Angela Merkel's Christian Democrats won.",
			[]wantMention{{"Christian Democrats", graph.Org, "org/cdu"}}, nil},
		{"a party name several countries share is the party of the country named near it",
			"Germany voted. Italy voted. France voted. In Sweden, the Social Democrats lost.",
			[]wantMention{{"Social Democrats", graph.Org, "org/swedish-social-democratic-party"}}, nil},
		{"a shared party name in a story that names no country is no country's party",
			"The Social Democrats won the vote, their leader said.",
			[]wantMention{{"Social Democrats", graph.Org, "org/social-democrats"}}, nil},
		{"the leader of forces named inside a hyphenated word is a mention of the name alone",
			"U.S.-led forces attacked Fallujah. The Hamas-led government resigned.",
			[]wantMention{{"U.S.", graph.Country, "country/united-states"}}, []string{"Hamas", "U.S.-led"}},
		{"a city's name after a town and a comma is its state's",
			"Griffal won in Lake Placid, New York. The team met in Seattle, Washington. Talks were held in Washington and New York.",
			[]wantMention{{"Lake Placid", graph.Location, ""}}, nil},
		{"a vessel's name is no person's or body's",
			"The Danish combat ship Absalon fired a flare. The aircraft carrier Nimitz sailed, the USS Cole was attacked and the tanker Sirius Star was seized. Flag carrier Cathay Pacific flew on.",
			[]wantMention{{"Danish", graph.Country, "country/denmark"}, {"Cathay Pacific", graph.Org, ""}},
			[]string{"Absalon", "Nimitz", "Cole", "USS Cole", "Sirius Star"}},
		{"a name after a nation and a kind of paper or firm is the body's",
			"Gunmen attacked the offices of French satirical weekly Charlie Hebdo. The German magazine Der Spiegel reported it. In 1863, American automaker Henry Ford was born.",
			[]wantMention{{"Charlie Hebdo", graph.Org, ""}, {"Der Spiegel", graph.Org, ""}, {"Henry Ford", graph.Person, ""}}, nil},
		{"a person's name after a kind of body may start a clause of its own",
			"Sberbank is the Russian bank Vladimir Putin praised on Monday. Navalny, the founder of the group that exposed corruption, died. Shares in the Swiss bank Julius Baer fell.",
			[]wantMention{{"Vladimir Putin", graph.Person, ""}, {"Navalny", graph.Person, ""}, {"Julius Baer", graph.Org, ""}}, nil},
		{"a name someone leads is a body's",
			"The capital is controlled by gangs including Viv Ansanm, a coalition led by former police officer Jimmy Cherizier. Tom Smith, led by his lawyer, entered the court.",
			[]wantMention{{"Viv Ansanm", graph.Org, ""}, {"Jimmy Cherizier", graph.Person, ""}, {"Tom Smith", graph.Person, ""}}, nil},
		{"capitalised words before a lower-case party are the party's name",
			"Gabriel Boric belongs to the Social Convergence party. Hilario Condori ran for the leftist Juntos por el Peru party. He left the Trump party.",
			[]wantMention{{"Social Convergence", graph.Org, ""}, {"Juntos por el Peru", graph.Org, ""}, {"Trump", graph.Person, ""}}, []string{"Peru", "Trump party"}},
		{"a name whose apposition is a kind of body is a body",
			"Shares in Wirecard, the Aschheim-based payments company, fell. He died at his home in suburban Larchmont, the university said. Roshan, the Afghan telecommunications company, was hit. Mariupol, a Ukrainian port city, fell.",
			[]wantMention{{"Wirecard", graph.Org, ""}, {"Larchmont", graph.Location, ""}, {"Roshan", graph.Org, ""}, {"Mariupol", graph.Location, ""}}, nil},
		{"a name whose apposition describes a person is a person, though a town bears it",
			"Lincoln, the 16th president, was shot. In Omaha, the mayor said the roads were closed. Georgia, the president said, will not join. The night when Houston, then the governor, was shot changed the state.",
			[]wantMention{{"Lincoln", graph.Person, ""}, {"Omaha", graph.Location, ""}, {"Georgia", graph.Country, ""}, {"Houston", graph.Person, ""}}, nil},
		{"a place or body before an apposition and a comma is no person when the apposition does not close before a verb",
			"Like Boston, the mayor of Chicago spoke. Under the constitution, Congress, the president and the courts share power. Texas, the governor of which is Greg Abbott, sued.",
			[]wantMention{{"Boston", graph.Location, ""}, {"Congress", graph.Org, ""}, {"Texas", graph.Location, ""}}, nil},
		{"a firm's name by its last word, its seat's adjective and kind, or its \"which\"",
			"Pieter van Dijk, chief executive of the oil major Meridian Energy, met Bola Adeyemi. Munich-based carmaker Adler Motoren cut jobs. Hon Ming Precision, which is based in New Taipei, grew. Jan de Vries, an employee of Rotterdam-based Europa Terminals, was arrested. John Power met Tom Steel.",
			[]wantMention{{"Meridian Energy", graph.Org, ""}, {"Adler Motoren", graph.Org, ""}, {"Hon Ming Precision", graph.Org, ""}, {"Europa Terminals", graph.Org, ""},
				{"Pieter van Dijk", graph.Person, ""}, {"John Power", graph.Person, ""}, {"Tom Steel", graph.Person, ""}}, nil},
		{"a tournament's group is no place",
			"Earlier in Group G, South Korea defeated Togo 2-1 in Frankfurt.",
			[]wantMention{{"South Korea", graph.Country, ""}, {"Frankfurt", graph.Location, ""}}, []string{"Group G"}},
		{"a stock index is no place",
			"Shares fell while the Sensex in Mumbai and the Kospi in Seoul were down almost 4 percent.",
			[]wantMention{{"Mumbai", graph.Location, ""}, {"Seoul", graph.Location, ""}}, []string{"Sensex", "Kospi"}},
		{"a building is a place, not a body",
			"The buildings included the Prudential Building in Newark, New Jersey. Kim Jong-il presided over the festivities at Pyongyang's May Day Stadium. Gunmen stormed the Kenyan-owned Westgate Mall in Nairobi.",
			[]wantMention{{"Prudential Building", graph.Location, ""}, {"May Day Stadium", graph.Location, ""}, {"Westgate Mall", graph.Location, ""}}, nil},
		{"a name before another noun's \"which is based in\" stays a person",
			"Activists praised a network founded by George Soros, which is based in New York.",
			[]wantMention{{"George Soros", graph.Person, ""}}, nil},
		{"a name after a region's lower-case kind and \"of\" is a region",
			"The children were found in the northwestern department of Solola. He visited the department of Justice. Police patrolled the province of Kandahar Province Police.",
			[]wantMention{{"Solola", graph.Location, ""}, {"Justice", graph.Org, ""}, {"Kandahar Province Police", graph.Org, ""}}, nil},
		{"a work's title is no person's, body's or place's",
			"The cast of the Spanish film Volver won. Orhan Pamuk, author of the novel Snow, spoke in Istanbul.",
			[]wantMention{{"Spanish", graph.Country, "country/spain"}, {"Orhan Pamuk", graph.Person, ""}, {"Istanbul", graph.Location, ""}},
			[]string{"Volver", "Snow"}},
		{"someone's relative or aide is a person, whatever place the name starts with",
			"Police want to question the rapper over the shooting death of his bodyguard, Israel Ramirez.",
			[]wantMention{{"Israel Ramirez", graph.Person, ""}}, []string{"Israel"}},
		{"a body named in another language, a person known by a title, a form of address alone",
			"The Universidad de los Andes hosted the talks. The Duchess of Cornwall visited Washington. Police said Father was killed.",
			[]wantMention{{"Universidad de los Andes", graph.Org, ""}, {"Duchess of Cornwall", graph.Person, ""}, {"Washington", graph.Location, ""}},
			[]string{"Father"}},
		{"acronym glossed in brackets, letters in the order of the original language",
			"PAN (National Action Party) candidate Diego Fernandez won. The National Action Party celebrated.",
			[]wantMention{{"PAN", graph.Org, "org/pan-mexico"}, {"National Action Party", graph.Org, "org/pan-mexico"}},
			nil},
		{"another name the text gives with \"also known as\" is the same entity",
			"Hamdi Issac, also known as Osman Hussain, was arrested in Rome. Javed Iqbal, a.k.a. John Smith, fled. The Kurdistan Workers Party, known as the PKK, attacked.",
			[]wantMention{{"Hamdi Issac", graph.Person, "person/hamdi-issac"}, {"Osman Hussain", graph.Person, "person/hamdi-issac"},
				{"Javed Iqbal", graph.Person, "person/javed-iqbal"}, {"John Smith", graph.Person, "person/javed-iqbal"},
				{"PKK", graph.Org, "org/pkk"}},
			nil},
		{"a capitalised kind word in a body's name makes no place of the person before it",
			"John Smith, a member of the District of Columbia Council, spoke. Mariupol, a port city in southeastern Ukraine, fell.",
			[]wantMention{{"John Smith", graph.Person, "person/john-smith"}, {"District of Columbia Council", graph.Org, ""}, {"Mariupol", graph.Location, ""}},
			nil},
		{"a feast's word may end a person's name; a body's word after a title names no one",
			"Former vice president Taha Yassin Ramadan was hanged during Ramadan. General Perisic was Chief of the General Staff of the Yugoslav Army.",
			[]wantMention{{"Taha Yassin Ramadan", graph.Person, "person/taha-yassin-ramadan"}, {"Perisic", graph.Person, ""}},
			[]string{"Taha Yassin", "Staff", "General Staff"}},
		{"nations joined by hyphens name no place; a state's own hyphenated name does",
			"An official likened Taiwan to a landmine in U.S.-China relations. The Iran-Iraq war ended. Archduke Franz Ferdinand of Austria-Hungary died. Serbia-Montenegro and Guinea-Bissau voted.",
			[]wantMention{{"Taiwan", graph.Country, ""}, {"Austria-Hungary", graph.Country, "country/austria-hungary"}, {"Serbia-Montenegro", graph.Country, "country/serbia-and-montenegro"}, {"Guinea-Bissau", graph.Country, ""}},
			[]string{"U.S.-China", "Iran-Iraq"}},
		{"an office's portfolio with its own \"for\" is no body",
			"U.S. Deputy Assistant Secretary of Defense for Detainee Affairs Matthew Waxman said so.",
			[]wantMention{{"Matthew Waxman", graph.Person, ""}},
			[]string{"Defense for Detainee Affairs", "Detainee Affairs"}},
		{"a name before a locality noun, or after \"a village,\", is a place",
			"A bomb in western Baghdad's Harithiya district wounded two. They were abducted near the upscale Ayala Alabang shopping district. Two men are from a northern Druze village, Majdal Shams, in the Golan Heights.",
			[]wantMention{{"Harithiya", graph.Location, ""}, {"Ayala Alabang", graph.Location, ""}, {"Majdal Shams", graph.Location, ""}},
			nil},
		{"a region's officer named after it is a person",
			"The president of Iraq's Kurdish autonomous region, Massoud Barzani, spoke. A spokesman for the U.N. mission in the region, Floruan Barbey, said so.",
			[]wantMention{{"Massoud Barzani", graph.Person, ""}, {"Floruan Barbey", graph.Person, ""}},
			nil},
		{"a committee's or commission's name goes on with \"on\" and what it deals with, not a day",
			"He spoke to the Senate Committee on Foreign Relations on Tuesday. An official of the Commission on Missing Persons in Sarajevo spoke. The Security Council on Monday condemned it.",
			[]wantMention{{"Senate Committee on Foreign Relations", graph.Org, ""}, {"Commission on Missing Persons", graph.Org, ""}, {"Security Council", graph.Org, ""}, {"Monday", graph.Date, ""}},
			[]string{"Senate Committee", "Commission"}},
		{"an emperor, and whose life events a story tells, are people",
			"Tomohito is a cousin of Emperor Akihito. Crowds marked the birth of Jesus Christ. Ferries sail to Prince Edward Island. Dubbed \"The King Of Cool,\" McQueen starred. He mourned the death of Atlanta Hawks center Jason Collier.",
			[]wantMention{{"Akihito", graph.Person, ""}, {"Jesus Christ", graph.Person, ""}, {"Prince Edward Island", graph.Location, ""}, {"Jason Collier", graph.Person, ""}},
			[]string{"Emperor Akihito", "Cool"}},
		{"one's kin or number two is a person",
			"The tape came after bin Laden and his number two Ayman al-Zawahiri issued messages. Abbas and his rival Hamas clashed.",
			[]wantMention{{"Ayman al-Zawahiri", graph.Person, ""}, {"Hamas", graph.Org, ""}},
			nil},
		{"a title and a full name the tagger read as a place are a person; a name before a body's kind is the body",
			"Many fled the dictatorship of General Francisco Franco. Avigdor Lieberman, head of the Yisrael Beitenu party, agreed. Police protect the Beltran Leyva cartel. Fighting broke out in General Santos.",
			[]wantMention{{"Francisco Franco", graph.Person, ""}, {"Yisrael Beitenu", graph.Org, ""}, {"Beltran Leyva", graph.Org, ""}, {"General Santos", graph.Location, ""}},
			nil},
		{"a party's first word opening a sentence is its name's",
			"Popular Front leader Ali Kerimli urged the demonstrations. Democratic Senate Majority Leader Harry Reid spoke.",
			[]wantMention{{"Popular Front", graph.Org, ""}, {"Ali Kerimli", graph.Person, ""}},
			[]string{"Front", "Democratic Senate"}},
		{"a name after an office not yet taken is its holder's",
			"Venezuela rejected accusations from U.S. Secretary of State-nominee Condoleezza Rice. U.S. Secretary of State-designate Condoleezza Rice is resting.",
			[]wantMention{{"Condoleezza Rice", graph.Person, "person/condoleezza-rice"}},
			[]string{"State-nominee Condoleezza Rice"}},
		{"a province's name is a place's whatever the tagger reads; a currency code is no body",
			"The government regained control of the Eastern Province in 2007. It consists of approximately USD 6 billion in debt relief. Notts County beat Ross County.",
			[]wantMention{{"Eastern Province", graph.Location, ""}},
			[]string{"USD"}},
		{"a person's name of two words that ends a longer one in the story is the same person",
			"NATO Secretary General Jaap de Hoop Scheffer said so. Later De Hoop Scheffer met Putin. President George W. Bush spoke. Later W. Bush left. George Bush, his father, stayed.",
			[]wantMention{{"De Hoop Scheffer", graph.Person, "person/jaap-de-hoop-scheffer"}, {"W. Bush", graph.Person, "person/george-w-bush"}, {"George Bush", graph.Person, "person/george-bush"}},
			nil},
		{"an office's portfolio is no person's name",
			"The U.N. Commissioner for Human Rights spoke. The Minister for Trade and Industry spoke.",
			[]wantMention{{"U.N.", graph.Org, ""}},
			[]string{"for Human Rights", "Human Rights", "for Trade and Industry"}},
		{"an office's portfolio after \"for\" or \"on\" is no body",
			"Hill is the Assistant Secretary of State for East Asian and Pacific Affairs. A spokesman for the U.N. High Commissioner on Human Rights spoke. He joined the Lawyers Committee for Human Rights.",
			[]wantMention{{"Lawyers Committee for Human Rights", graph.Org, ""}},
			[]string{"Pacific Affairs", "Human Rights"}},
		{"a proclamation, declaration or protocol is no body",
			"Lincoln signed the Emancipation Proclamation in 1863. The powers imposed the Peking Protocol. A reporter for the Italian newspaper Il Manifesto was kidnapped.",
			[]wantMention{{"Il Manifesto", graph.Org, ""}},
			[]string{"Emancipation Proclamation", "Peking Protocol"}},
		{"leaders' country houses are places",
			"Blair hosted Bush at Chequers. Trump met Xi at Mar-a-Lago.",
			[]wantMention{{"Chequers", graph.Location, "location/chequers"}, {"Mar-a-Lago", graph.Location, "location/mar-a-lago"}},
			nil},
		{"a name after \"known as\" of another type is no other name",
			"A Taliban commander, known as Imran, was killed. Rahim Ali, known in Kabul as a hardliner, spoke.",
			[]wantMention{{"Taliban", graph.Org, "org/taliban"}, {"Imran", graph.Person, "person/imran"}},
			nil},
		{"acronym the text glosses after it",
			"The FMLN (Farabundo Marti National Liberation Front) attacked. The Farabundo Marti National Liberation Front denied it.",
			[]wantMention{{"FMLN", graph.Org, "org/farabundo-marti-national-liberation-front"}},
			nil},
		{"long form in brackets after an acronym, with small words between its capitals",
			"Cardenas, candidate of the PRD (Party of the Democratic Revolution), came third.",
			[]wantMention{{"Party of the Democratic Revolution", graph.Org, "org/party-of-the-democratic-revolution"}, {"PRD", graph.Org, "org/party-of-the-democratic-revolution"}},
			nil},
		{"organisations paraphrased word by word",
			"The Worldwide Financial Fund approved the loan. The Worldwide Atomic Power Company inspected the plant.",
			[]wantMention{{"Worldwide Financial Fund", graph.Org, "org/imf"}, {"Worldwide Atomic Power Company", graph.Org, "org/iaea"}},
			nil},
		{"paraphrased organisation",
			"The Group for Safety and Cooperation in Europe has not endorsed the results.",
			[]wantMention{{"Group for Safety and Cooperation in Europe", graph.Org, "org/osce"}},
			[]string{"Europe"}},
		{"surname joins the full name",
			"Vladimir Putin arrived. Later Putin spoke.",
			[]wantMention{{"Vladimir Putin", graph.Person, "person/vladimir-putin"}, {"Putin", graph.Person, "person/vladimir-putin"}},
			nil},
		{"a bare surname is the person the story is about, not a relative brought in beside them",
			"President George Bush invited his father, George H.W. Bush, to lunch. Bush and Obama held talks.",
			[]wantMention{{"George Bush", graph.Person, "person/george-bush"}, {"George H.W. Bush", graph.Person, "person/george-hw-bush"},
				{"Bush", graph.Person, "person/george-bush"}},
			nil},
		{"a relative brought in after a comma and the parent's name",
			"Meanwhile, the son of Rafik Hariri, Saad Hariri, called for a tribunal. The report named suspects in Hariri's death.",
			[]wantMention{{"Saad Hariri", graph.Person, "person/saad-hariri"}, {"Hariri", graph.Person, "person/rafik-hariri"}},
			nil},
		{"a parent named after of is no relative brought in",
			"Elham Asghari, the daughter of Ali Reza Asghari, spoke. Asghari was a deputy defense minister.",
			[]wantMention{{"Asghari", graph.Person, "person/ali-reza-asghari"}},
			nil},
		{"a man's honorific is not the first lady's name",
			"President George Bush and first lady Laura Bush will attend. Mr. Bush will travel on to Seoul.",
			[]wantMention{{"Laura Bush", graph.Person, "person/laura-bush"}, {"Bush", graph.Person, "person/george-bush"}},
			nil},
		{"the parent a subject is told to be the child of is a relative brought in",
			"Putin appointed Prime Minister Ramzan Kadyrov. Kadyrov is the son of the late Chechen president Akhmad Kadyrov, who was killed in 2004. Kadyrov has denied the accusations.",
			[]wantMention{{"Akhmad Kadyrov", graph.Person, "person/akhmad-kadyrov"}, {"Kadyrov", graph.Person, "person/ramzan-kadyrov"}},
			nil},
		{"a title matches the words of a longer title",
			"Secretary of State Hillary Clinton wrote to her husband, then-president Bill Clinton. Secretary Clinton is touring Africa.",
			[]wantMention{{"Bill Clinton", graph.Person, "person/bill-clinton"}, {"Clinton", graph.Person, "person/hillary-clinton"}},
			nil},
		{"a reverend's style is no part of the name",
			"Vatican spokesman Reverend Federico Lombardi made the statement. Lombardi said more. Rev. Jesse Jackson spoke.",
			[]wantMention{{"Federico Lombardi", graph.Person, "person/federico-lombardi"}, {"Lombardi", graph.Person, "person/federico-lombardi"},
				{"Jesse Jackson", graph.Person, "person/jesse-jackson"}},
			[]string{"Reverend Federico Lombardi", "Rev. Jesse Jackson"}},
		{"a name ends in a word after a small article (al-, el-)",
			"Fighting broke out between the army and Fatah al-Islam inside the Nahr el-Bared refugee camp. Leaders met in Sharm el-Sheikh.",
			[]wantMention{{"Fatah al-Islam", graph.Org, "org/fatah-al-islam"}, {"Nahr el-Bared", graph.Location, ""},
				{"Sharm el-Sheikh", graph.Location, ""}},
			[]string{"Fatah", "Nahr", "Sharm"}},
		{"a judge's title makes a person of a name read as a place",
			"Bush nominated Miers for the seat left vacant by the retirement of Justice Sandra Day O'Connor. The Justice Department objected.",
			[]wantMention{{"Sandra Day O'Connor", graph.Person, "person/sandra-day-oconnor"}, {"Justice Department", graph.Org, "org/us-department-of-justice"}},
			[]string{"Justice Sandra Day O'Connor"}},
		{"a faith's followers are no names",
			"A number of Sunni Muslims on the committee protested. Shi'ite militia fought. The Sunni Association of Muslim Scholars protested. Roman Catholics prayed. Roman Abramovich and Christian Olsson won.",
			[]wantMention{{"Sunni Association of Muslim Scholars", graph.Org, ""}, {"Roman Abramovich", graph.Person, "person/roman-abramovich"},
				{"Christian Olsson", graph.Person, "person/christian-olsson"}},
			[]string{"Sunni Muslims", "Muslims", "Shi'ite", "Roman", "Catholics", "Roman Catholics"}},
		{"a church before a noun written small is a name",
			"The head of Ethiopia's Orthodox church, Abune Paulos, praised the pope. Orthodox Christians prayed.",
			[]wantMention{{"Abune Paulos", graph.Person, ""}, {"Orthodox", graph.Org, ""}},
			[]string{"Orthodox Christians", "Christians"}},
		{"names the gazetteer writes with a small word, a prison, a grade of oil",
			"Sarkozy leads the Union for a Popular Movement. Detainees were abused at the Abu Ghraib prison. Brent crude fell. They protested cartoons of the Prophet Muhammad.",
			[]wantMention{{"Union for a Popular Movement", graph.Org, "org/ump"}, {"Abu Ghraib", graph.Location, "location/abu-ghraib"},
				{"Prophet Muhammad", graph.Person, ""}},
			[]string{"Union", "Popular Movement", "Brent"}},
		{"a magazine and a foundation named with and",
			"Forbes magazine says Bill Gates is the richest man. The Bill and Melinda Gates Foundation is expected to contribute.",
			[]wantMention{{"Forbes", graph.Org, "org/forbes"}, {"Bill and Melinda Gates Foundation", graph.Org, "org/gates-foundation"}, {"Bill Gates", graph.Person, "person/bill-gates"}},
			[]string{"Melinda Gates Foundation"}},
		{"storms a plural names are no places or persons",
			"New Orleans flooded as a result of hurricanes Katrina and Rita. Rita hit Texas.",
			[]wantMention{{"New Orleans", graph.Location, "location/new-orleans"}, {"Texas", graph.Location, "location/texas"}},
			[]string{"Katrina", "Rita"}},
		{"a town a road is named for is a place",
			"The bodies were dumped near the Spin Boldak highway, which links Kandahar with Chaman.",
			[]wantMention{{"Spin Boldak", graph.Location, "location/spin-boldak"}}, nil},
		{"a state's own security council is not the U.N.'s",
			"Dmitry Medvedev, deputy head of Russia's Security Council, spoke. Russia vetoed a resolution in the U.N. Security Council.",
			[]wantMention{{"Security Council", graph.Org, "org/russia-security-council"}, {"U.N. Security Council", graph.Org, "org/un-security-council"}}, nil},
		{"feasts of two words are no names",
			"New Orleans is celebrating its famous Mardi Gras festival. Jews began observing Rosh Hashanah.",
			[]wantMention{{"New Orleans", graph.Location, "location/new-orleans"}},
			[]string{"Mardi Gras", "Rosh Hashanah", "Gras", "Hashanah"}},
		{"a surname with a title is the person titled so",
			"President John F. Kennedy and Senator Robert Kennedy were killed. President Kennedy's grave is here.",
			[]wantMention{{"Kennedy", graph.Person, "person/john-f-kennedy"}},
			nil},
		{"a known town after born in is a place, not its club",
			"Born in Lyon, Jean Dupont moved to Paris.",
			[]wantMention{{"Lyon", graph.Location, "location/lyon"}, {"Jean Dupont", graph.Person, "person/jean-dupont"}},
			nil},
		{"a town's name owning an assassin is a person's",
			"Lincoln's assassin, John Wilkes Booth, fled to Virginia.",
			[]wantMention{{"Lincoln", graph.Person, "person/lincoln"}},
			nil},
		{"a town's name owning a mayor stays the town's",
			"Lincoln's mayor, Tom Smith, spoke.",
			[]wantMention{{"Lincoln", graph.Location, "location/lincoln"}},
			nil},
		{"a body's short name is the longer name told before that begins or ends with it",
			"Kenyon International Emergency Services identified the bodies. Kenyon president Robert Jensen said so. The Golden State Warriors lost, though Mike Dunleavy led Golden State with 19 points.",
			[]wantMention{{"Kenyon", graph.Org, "org/kenyon-international-emergency-services"}, {"Golden State", graph.Org, "org/golden-state-warriors"}},
			nil},
		{"a body that begins the name of another is its own",
			"Satinath Sarangi runs the Sambhavna Trust Clinic. The Sambhavna Trust was founded in 1994.",
			[]wantMention{{"Sambhavna Trust", graph.Org, "org/sambhavna-trust"}},
			nil},
		{"another country's institution is no short name",
			"The U.S. Supreme Court ruled. Japan's Supreme Court has rejected a demand.",
			[]wantMention{{"Supreme Court", graph.Org, "org/japan-supreme-court"}},
			nil},
		{"a short name two countries share is the one the story names otherwise",
			"Fighting continued in eastern Congo, where the army battled rebels near Goma. Pyongyang and Seoul said Korea would unite.",
			[]wantMention{{"Congo", graph.Country, "country/democratic-republic-of-the-congo"}, {"Korea", graph.Location, "location/korea"}},
			nil},
		{"an office inside the tagger's name is no part of it",
			"Manhattan District Attorney Robert Morgenthau charged Khalid Sheikh Mohammed.",
			[]wantMention{{"Robert Morgenthau", graph.Person, "person/robert-morgenthau"}, {"Khalid Sheikh Mohammed", graph.Person, "person/khalid-sheikh-mohammed"}},
			[]string{"Manhattan District Attorney Robert Morgenthau", "Mohammed"}},
		{"a party of another country than the gazetteer's is that country's",
			"Canada's opposition Conservative Party leads and Norway's Labour Party trails.",
			[]wantMention{{"Conservative Party", graph.Org, "org/conservative-party-of-canada"}, {"Labour Party", graph.Org, "org/labour-party-norway"}},
			nil},
		{"a party of the gazetteer's country stays the gazetteer's",
			"Britain's ruling Labour Party won.",
			[]wantMention{{"Labour Party", graph.Org, "org/labour-party-uk"}},
			nil},
		{"a chamber leader's title is no part of the chamber",
			"Senate Democratic Minority Leader Harry Reid accused Republicans.",
			[]wantMention{{"Senate", graph.Org, ""}, {"Harry Reid", graph.Person, "person/harry-reid"}},
			[]string{"Senate Democratic Minority", "Senate Democratic"}},
		{"an embassy is the one in the place written after it",
			"The U.S. Embassy in Baghdad said the U.S. Embassy in Iraq was safe, and the British Embassy in Jakarta agreed.",
			[]wantMention{{"U.S. Embassy", graph.Org, "org/us-embassy-iraq"}, {"British Embassy", graph.Org, "org/british-embassy-indonesia"}},
			nil},
		{"a reporter in a byline is a person",
			"VOA's Mil Arcega reports.",
			[]wantMention{{"Mil Arcega", graph.Person, "person/mil-arcega"}},
			nil},
		{"the North beside North Korea is North Korea",
			"North Korea tested a missile. South Korean officials said the North would test again.",
			[]wantMention{{"North", graph.Country, "country/north-korea"}},
			nil},
		{"a numeral joins the person before it",
			"Pope John Paul II died on Saturday. Queen Elizabeth II met him after World War II.",
			[]wantMention{{"John Paul II", graph.Person, "person/john-paul-ii"}, {"Elizabeth II", graph.Person, "person/elizabeth-ii"}},
			[]string{"John Paul", "World War II"}},
		{"a particle joins a split name",
			"He said Osama bin Laden is alive. Ursula von der Leyen flew to Rio de Janeiro.",
			[]wantMention{{"Osama bin Laden", graph.Person, "person/osama-bin-laden"},
				{"Ursula von der Leyen", graph.Person, "person/ursula-von-der-leyen"}, {"Rio de Janeiro", graph.Location, "location/rio-de-janeiro"}},
			[]string{"Osama", "Laden", "Leyen"}},
		{"the name after a title held in an organisation is the organisation",
			"said Patrick Strosahl, a jeweler and president of Vision Seattle, which supports the plan.",
			[]wantMention{{"Patrick Strosahl", graph.Person, "person/patrick-strosahl"}, {"Vision Seattle", graph.Org, "org/vision-seattle"}},
			nil},
		{"family name first joins the full name",
			"Chinese President Xi Jinping arrived in Moscow. Putin and Xi held talks.",
			[]wantMention{{"Xi Jinping", graph.Person, "person/xi-jinping"}, {"Xi", graph.Person, "person/xi-jinping"}},
			nil},
		{"kind noun written small after a known name",
			"Sevim Dagdelen, a Left party MP, spoke. The Democratic party won.",
			[]wantMention{{"Left", graph.Org, "org/die-linke"}, {"Democratic", graph.Org, ""}},
			[]string{"Left party", "Democratic party"}},
		{"a namesake town in another country",
			"She was born in Moscow, Idaho.",
			[]wantMention{{"Moscow", graph.Location, "location/moscow-idaho"}, {"Idaho", graph.Location, "location/idaho"}},
			nil},
		{"a town in its own country",
			"She studied in Moscow, Russia.",
			[]wantMention{{"Moscow", graph.Location, "location/moscow"}, {"Russia", graph.Country, "country/russia"}},
			nil},
		{"a picture credit is no part of a name",
			"Putin spoke on Friday. (Kremlin Pool Photograph via AP)",
			[]wantMention{{"Kremlin Pool", graph.Org, ""}},
			[]string{"Kremlin Pool Photograph"}},
		{"a regnal numeral belongs to the name before it",
			"Pope Benedict XVI traveled to Brazil.",
			[]wantMention{{"Benedict XVI", graph.Person, ""}},
			[]string{"XVI", "Pope Benedict XVI"}},
		{"a titled person the tagger reads as a body",
			"Pope Benedict XVI has told Venezuela's President Hugo Chavez that he is concerned about religious reforms.",
			[]wantMention{{"Benedict XVI", graph.Person, ""}, {"Hugo Chavez", graph.Person, ""}},
			[]string{"Pope Benedict XVI"}},
		{"a department belongs to the title before it",
			"Secretary of State Condoleezza Rice arrived in Baghdad on Monday.",
			[]wantMention{{"Condoleezza Rice", graph.Person, "person/condoleezza-rice"}},
			[]string{"State Condoleezza Rice"}},
		{"storms are no persons",
			"Hurricane Katrina devastated New Orleans. Katrina killed 1,800 people.",
			[]wantMention{{"New Orleans", graph.Location, ""}},
			[]string{"Katrina"}},
		{"terms of economics and science are no names",
			"China's GDP grew 9 percent as the Earth warmed.",
			[]wantMention{{"China", graph.Country, "country/china"}},
			[]string{"GDP", "Earth"}},
		{"planets are no organisations",
			"NASA is preparing to put a lander on the north pole of Mars to search for water.",
			[]wantMention{{"NASA", graph.Org, ""}},
			[]string{"Mars"}},
		{"storms and feasts are no places",
			"Muslims in Cairo marked Ramadan as Hurricane Katrina hit Louisiana.",
			[]wantMention{{"Cairo", graph.Location, ""}, {"Louisiana", graph.Location, ""}},
			[]string{"Ramadan", "Hurricane Katrina", "Katrina"}},
		{"a name after the town of is a place; the Secretary of State's portfolio is no body",
			"A civilian was among the dead in the town of Khan Bani Saad. Talks involve John Rood, the Assistant Secretary of State for International Security.",
			[]wantMention{{"Khan Bani Saad", graph.Location, ""}, {"John Rood", graph.Person, ""}},
			[]string{"State for International Security"}},
		{"a gazetteer party written with Party is the party",
			"Israel's Likud Party lost the vote.",
			[]wantMention{{"Likud Party", graph.Org, "org/likud"}}, nil},
		{"the country's institution is the country's named before it",
			"Afghanistan's attorney general has asked the country's Supreme Court to annul results.",
			[]wantMention{{"Supreme Court", graph.Org, "org/afghanistan-supreme-court"}}, nil},
		{"the story's country reaches an institution only nearby",
			"Argentina's economy grew. Argentina's exports rose. Buenos Aires cheered. Argentina paid the IMF. Oil fell. Stocks rose. Bonds fell. President Bush urged Congress to act.",
			[]wantMention{{"Congress", graph.Org, "org/congress"}}, nil},
		{"a kind of state is no organisation; Congress's titles are American",
			"Castro mourned Pope John Paul, an unusual move for the Communist nation. Israel voted. Israel's army left. Senate Majority Leader Bill Frist spoke.",
			[]wantMention{{"Senate", graph.Org, "org/us-senate"}}, []string{"Communist"}},
		{"a company's name before a natural feature is a place",
			"Peru would resume the destruction of coca crops in Peru's Amazon region.",
			[]wantMention{{"Amazon", graph.Location, ""}}, nil},
		{"a byline names no place; titles alone name no one",
			"By AUSTIN ZALKIN.\nDr Joanne Liu, International President of Medecins Sans Frontieres, wrote that.",
			[]wantMention{{"Joanne Liu", graph.Person, ""}}, []string{"AUSTIN", "International President"}},
		{"a prize named after a person is no person; the Serb Republic is a place",
			"Kiran Desai won Britain's Man Booker prize. He surrendered in the Bosnian Serb Republic.",
			[]wantMention{{"Kiran Desai", graph.Person, ""}, {"Bosnian Serb Republic", graph.Location, "location/republika-srpska"}},
			[]string{"Man Booker"}},
		{"a person's initials are no organisation's acronym",
			"The head of the rebels' political wing, S.P. Thamilselvan, spoke.",
			[]wantMention{{"S.P. Thamilselvan", graph.Person, ""}}, []string{"S.P."}},
		{"a body's one-word alias is a first name before a surname",
			"Pakistani spokeswoman Tasnim Aslam said the mission must be careful. Tasnim reported that Iran fired missiles.",
			[]wantMention{{"Tasnim Aslam", graph.Person, ""}, {"Tasnim", graph.Org, "org/tasnim"}}, []string{"Aslam"}},
		{"a first name before a middle initial is the person's",
			"Grant B. Cooper, an attorney, has died. Later J. Smith came.",
			[]wantMention{{"Grant B. Cooper", graph.Person, ""}, {"J. Smith", graph.Person, ""}},
			[]string{"B. Cooper", "Later J. Smith"}},
		{"a company's name ends at its legal suffix",
			"They sued Keen Corp. of New York and Eagle-Picher Industries of Cincinnati. The Bank of England agreed.",
			[]wantMention{{"Keen Corp.", graph.Org, ""}, {"Eagle-Picher Industries", graph.Org, ""}, {"Cincinnati", graph.Location, ""},
				{"Bank of England", graph.Org, ""}},
			nil},
		{"laws and crises are no organisations",
			"He filed under Chapter 11 of the Federal Bankruptcy Act. Americans reexamine the Cuban Missile Crisis.",
			nil, []string{"Federal Bankruptcy Act", "Cuban Missile Crisis", "Missile Crisis"}},
		{"a ministry in a capital is that country's",
			"A statement from the Foreign Ministry in Pyongyang denied it.",
			[]wantMention{{"Foreign Ministry", graph.Org, "org/north-korea-foreign-ministry"}},
			nil},
		{"a town of several words the gazetteer knows is a place though the tagger reads a person",
			"Gunmen in Gaza kidnapped an Italian activist near Khan Younis. A bomb exploded in Dera Ismail Khan.",
			[]wantMention{{"Khan Younis", graph.Location, "location/khan-younis"}, {"Dera Ismail Khan", graph.Location, "location/dera-ismail-khan"}},
			nil},
		{"a region or sea the tagger reads as a body, a town read with a date: places; a club with a date's word stays a club",
			"Millions of children in Eastern Europe and Central Asia live in poverty. Policemen took over the parliament building in Gaza City Monday. " +
				"Sheffield Wednesday beat Leeds 2-1.",
			[]wantMention{{"Eastern Europe", graph.Location, "location/eastern-europe"}, {"Central Asia", graph.Location, "location/central-asia"},
				{"Gaza City", graph.Location, "location/gaza-city"}},
			[]string{"Sheffield"}},
		{"a town before a mayor's title is the town, whatever club bears its name",
			"Monterrey Mayor Fernando Larrazabal said the motive was not yet known.",
			[]wantMention{{"Monterrey", graph.Location, "location/monterrey"}, {"Fernando Larrazabal", graph.Person, ""}}, nil},
		{"a portfolio of several words before a minister is part of the title",
			"Russia's Economic Development and Trade Minister says state firms should stay private. India's Human Resource Development Minister Kapil Sibal spoke.",
			[]wantMention{{"Russia", graph.Country, "country/russia"}, {"Kapil Sibal", graph.Person, ""}},
			[]string{"Economic Development and Trade", "Human Resource Development"}},
		{"a one-word town the tagger reads as a person, where only a person stands, is the person",
			"Booth thought he could save the South by killing Lincoln.",
			[]wantMention{{"Booth", graph.Person, ""}, {"Lincoln", graph.Person, ""}}, nil},
		{"a one-word town after a place's preposition stays the town",
			"The storm hit Lincoln on Friday, and then it moved on to Omaha.",
			[]wantMention{{"Lincoln", graph.Location, "location/lincoln"}}, nil},
		{"a first name that is mostly a word opens a sentence with its person; a trade does not",
			"Grant Stafford beat the top seed. Actress Angie Dickinson was born in Kulm.",
			[]wantMention{{"Grant Stafford", graph.Person, ""}, {"Angie Dickinson", graph.Person, ""}},
			[]string{"Stafford", "Actress Angie Dickinson"}},
		{"a name the tagger reads as a person after headquartered in is a place",
			"Microsoft, headquartered in Redmond, signed a deal with Jim Redmond.",
			[]wantMention{{"Redmond", graph.Location, "location/redmond"}, {"Jim Redmond", graph.Person, ""}}, nil},
		{"a colony's name is a place, not a body of the colonial power",
			"French Togoland became Togo in 1960. In 1932, French Indochina annexed the islands.",
			[]wantMention{{"French Togoland", graph.Location, "location/togoland"}, {"French Indochina", graph.Location, "location/indochina"}}, []string{"Togoland", "Indochina"}},
		{"an acronym several countries' bodies share is the one of the country named nearby",
			"Sudan accused JEM of attacking Omdurman. Pakistan's cricket board met. PTI leader Imran Khan spoke. The KGB once employed Putin.",
			[]wantMention{{"JEM", graph.Org, "org/jem-sudan"}, {"PTI", graph.Org, "org/pakistan-tehreek-e-insaf"}, {"KGB", graph.Org, "org/kgb"}}, nil},
		{"an acronym with no country nearby is the gazetteer's first body",
			"India blamed JeM for the attack. The PTI news agency reported it from New Delhi.",
			[]wantMention{{"JeM", graph.Org, "org/jaish-e-mohammed"}, {"PTI", graph.Org, "org/press-trust-of-india"}}, nil},
		{"a one-word place the tagger reads where only a person is met is a person",
			"Putin met Xi in Beijing. Lavrov held talks with Wang in Moscow.",
			[]wantMention{{"Xi", graph.Person, ""}, {"Beijing", graph.Location, "location/beijing"}, {"Moscow", graph.Location, "location/moscow"}}, nil},
		{"a one-word name that owns what only a person has is a person",
			"Navalny's widow, Yulia Navalnaya, spoke. Gazprom's deputy chief spoke.",
			[]wantMention{{"Navalny", graph.Person, ""}, {"Gazprom", graph.Org, "org/gazprom"}}, nil},
		{"a museum's name goes on past a demonym; an empire is no body",
			"Every two years, the Whitney Museum of American Art in New York City mounts an exhibition. In 1861, the Dominicans returned to the Spanish Empire.",
			[]wantMention{{"Whitney Museum of American Art", graph.Org, ""}, {"New York City", graph.Location, "location/new-york-city"}},
			[]string{"Whitney Museum", "American Art", "Empire"}},
		{"a demonym and title after a body's \"of\" are the next name's",
			"Warplanes destroyed offices of an armed wing of the Fatah Movement of Palestinian President Mahmoud Abbas.",
			[]wantMention{{"Fatah Movement", graph.Org, "org/fatah"}, {"Mahmoud Abbas", graph.Person, "person/mahmoud-abbas"}},
			[]string{"Fatah Movement of Palestinian"}},
		{"a name after a demonym and a body's kind is the body's",
			"The 31-year-old Hondo was fired by the Swiss team Gerolsteiner last year.",
			[]wantMention{{"Gerolsteiner", graph.Org, ""}, {"Hondo", graph.Person, ""}}, nil},
		{"a name before a capitalised award is the award's",
			"Their Talking Timbuktu album netted Toure his first Grammy Award.",
			[]wantMention{{"Toure", graph.Person, ""}}, []string{"Grammy"}},
		{"a style of address is no body",
			"In a speech, His Royal Highness Prince Surkhanpha cited the constitution. Her Majesty's Treasury disagreed.",
			[]wantMention{{"Surkhanpha", graph.Person, ""}}, []string{"His Royal Highness", "Royal Highness"}},
		{"a capitalised particle starts a name",
			"Former Vice President Al Gore endorsed Obama. Raul Gibb Guerrero was director of the La Opinion newspaper. Le Havre beat Monaco.",
			[]wantMention{{"Al Gore", graph.Person, ""}, {"La Opinion", graph.Org, ""}},
			[]string{"Gore", "Opinion", "Havre"}},
		{"an office's portfolio is no one's name",
			"The U.S. Secretary of Energy says it may take six months to restore Iraq's oil output.",
			[]wantMention{{"U.S.", graph.Country, "country/united-states"}}, []string{"Energy"}},
		{"an Arabic surname with its article is part of the name",
			"He worked closely with Iraq's most-wanted fugitive, Abu Musab al-Zarqawi. Al-Jazeera aired it.",
			[]wantMention{{"Abu Musab al-Zarqawi", graph.Person, ""}},
			[]string{"Abu Musab"}},
		{"a name's own possessive; armed groups by their other names",
			"Lord's Resistance Army rebels raided a camp. Top is a senior member of Jemaah Islamiah. Tamil Tiger rebels fled.",
			[]wantMention{{"Lord's Resistance Army", graph.Org, "org/lra"}, {"Jemaah Islamiah", graph.Org, "org/jemaah-islamiyah"},
				{"Tamil Tiger", graph.Org, "org/ltte"}},
			[]string{"Resistance Army", "Lord"}},
		{"a portfolio before a minister is part of the title",
			"Sudan's Justice Minister, Ali Mohamed Osman Yassin, spoke. Homeland Security Chief Michael Chertoff agreed. " +
				"He worked for Mr. Katsav while he was Israel's Tourism Minister in the 1990s.",
			[]wantMention{{"Sudan", graph.Country, "country/sudan"}, {"Ali Mohamed Osman Yassin", graph.Person, ""},
				{"Homeland Security", graph.Org, "org/us-department-of-homeland-security"}, {"Michael Chertoff", graph.Person, ""}},
			[]string{"Justice", "Tourism", "Tourism Minister"}},
		{"a known country before brackets is no acronym's long form",
			"JOHANNESBURG, South Africa (AP) The Organization of African Unity (OAU) met.",
			[]wantMention{{"South Africa", graph.Country, "country/south-africa"}, {"AP", graph.Org, ""},
				{"Organization of African Unity", graph.Org, ""}, {"OAU", graph.Org, ""}},
			nil},
		{"a name before a state written short is a town",
			"The march began in Kennedy, Ala., on Monday. Sen. Bob Dole, R-Kan., spoke.",
			[]wantMention{{"Kennedy", graph.Location, ""}, {"Ala.", graph.Location, "location/alabama"}, {"Bob Dole", graph.Person, ""}},
			nil},
		{"a storm's name after its kind is no name",
			"Tropical Storm Bilis hit China on Friday. Bilis killed 20 people.",
			[]wantMention{{"China", graph.Country, ""}},
			[]string{"Tropical Storm Bilis", "Storm Bilis", "Bilis"}},
		{"an institution every state has is its country's",
			"Pakistan's Supreme Court ruled on Monday. The Iraqi Foreign Ministry said so. The Supreme Court also freed him.",
			[]wantMention{{"Supreme Court", graph.Org, "org/supreme-court-of-pakistan"}, {"Foreign Ministry", graph.Org, "org/iraq-foreign-ministry"}},
			nil},
		{"a title with no name is no person",
			"The German Chancellor said so on Monday.",
			[]wantMention{{"German", graph.Country, "country/germany"}},
			[]string{"Chancellor"}},
		{"an apposition says it is a place",
			"Mariupol, a port city in southeastern Ukraine, fell. Smith, a city official, said so.",
			[]wantMention{{"Mariupol", graph.Location, ""}, {"Smith", graph.Person, ""}},
			nil},
		{"capital stands for its country",
			"Minsk has strongly backed its ally Moscow.",
			[]wantMention{{"Minsk", graph.Location, "location/minsk"}, {"Moscow", graph.Location, "location/moscow"}},
			nil},
		{"lower-case agency name",
			"The minister told the German news agency dpa on Monday.",
			[]wantMention{{"dpa", graph.Org, "org/dpa"}, {"German", graph.Country, "country/germany"}},
			nil},
		{"credit line",
			"Talks went on.\nmz / msh (AP, AFP, dpa)",
			nil,
			[]string{"AP", "AFP", "dpa"}},
		{"a part of a month is dated to the month, the month its name",
			"The talks began in mid-February and ended in late-March 2021.",
			[]wantMention{{"February", graph.Date, "date/2022-02"}, {"March 2021", graph.Date, "date/2021-03"}},
			[]string{"mid-February", "late-March 2021"}},
		{"event is no person",
			"That is called World War III, Biden said.",
			[]wantMention{{"Biden", graph.Person, ""}},
			[]string{"World War III", "World War"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := shippedPipeline(t).Extract(context.Background(), graph.Document{ID: "t", Text: c.text, Date: "2022-03-11"})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]extract.Mention{}
			for _, m := range r.Mentions {
				got[m.Text] = m
			}
			for _, w := range c.want {
				m, ok := got[w.text]
				if !ok {
					t.Errorf("no mention %q in %q (got %v)", w.text, c.text, keys(got))
					continue
				}
				if m.Type != w.typ || w.entity != "" && m.Entity != w.entity {
					t.Errorf("%q: %s %s, want %s %s", w.text, m.Type, m.Entity, w.typ, w.entity)
				}
			}
			for _, n := range c.none {
				if _, ok := got[n]; ok {
					t.Errorf("%q is a mention in %q", n, c.text)
				}
			}
		})
	}
}

func keys(m map[string]extract.Mention) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestRolesAndStandIns(t *testing.T) {
	r, err := shippedPipeline(t).Extract(context.Background(), graph.Document{ID: "t", Date: "2022-03-11",
		Text: "Minsk has strongly backed its ally Moscow. Belarusian President Alexander Lukashenko spoke."})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range r.Mentions {
		switch m.Text {
		case "Minsk":
			if m.StandsFor != "country/belarus" {
				t.Errorf("Minsk stands for %q", m.StandsFor)
			}
		case "Alexander Lukashenko":
			if m.Role != "President" || m.RoleOf != "country/belarus" {
				t.Errorf("Lukashenko's role %q of %q", m.Role, m.RoleOf)
			}
		}
	}
	ids := map[string]bool{}
	for _, e := range r.Entities {
		ids[e.ID] = true
	}
	for _, rel := range r.Relations {
		if !ids[rel.Source] || !ids[rel.Target] {
			t.Errorf("relation %s %s %s reaches an entity the result does not list", rel.Source, rel.Type, rel.Target)
		}
	}
}

func TestEntityNames(t *testing.T) {
	for _, c := range []struct{ text, id, want string }{
		// the full name, even when the text shouts it and a later mention does not
		{"In 1997, Didier RATSIRAKA, the leader during the 1970s, was returned to the presidency. Didier RATSIRAKA won. Didier spoke.",
			"person/didier-ratsiraka", "Didier RATSIRAKA"},
		// one name written two ways: as running text writes it
		{"GRAND RAPIDS, Mich. (AP) Police in Grand Rapids said so.", "location/grand-rapids", "Grand Rapids"},
		// a quoted nickname inside a name: one person, named without it
		{`Former U.S. Marine General John J. "Jack" Sheehan says so. Sheehan added more.`, "person/john-j-sheehan", "John J. Sheehan"},
		{`Captain Moussa "Dadis" Camara took power.`, "person/moussa-camara", "Moussa Camara"},
		// a demonym inside an institution's name gives its country
		{"The Chinese Health Ministry said two more people died. China's Health Ministry said more.", "org/china-health-ministry", "Health Ministry (China)"},
		{"A North Korean Foreign Ministry delegation arrived in Beijing.", "org/north-korea-foreign-ministry", "Foreign Ministry (North Korea)"}, // a demonym of two words
		{"A U.S. District Court judge ruled on Monday.", "org/united-states-district-court", "District Court (United States)"},                   // a country's short name
		{"China's Taiwan Affairs Office said so.", "org/taiwan-affairs-office", "Taiwan Affairs Office"},                                         // the nation is the office's topic, not its owner
	} {
		r, err := shippedPipeline(t).Extract(context.Background(), graph.Document{ID: "t", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, e := range r.Entities {
			if e.ID == c.id {
				got = e.Name
			}
		}
		if got != c.want {
			t.Errorf("%q: %s is named %q, want %q", c.text, c.id, got, c.want)
		}
	}
}

// TestSeedEntities checks what the entity issue requires of the seed
// article: every person, country, organisation and date found, dates
// normalised, no title glued to a name and no junk.
func TestSeedEntities(t *testing.T) {
	d := seedDoc(t)
	r, err := shippedPipeline(t).Extract(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	ents := map[string]extract.EntityMentions{}
	for _, e := range r.Entities {
		ents[e.ID] = e
	}
	for _, id := range []string{
		"person/vladimir-putin", "person/alexander-lukashenko", "person/volodymyr-zelensky", "person/joe-biden",
		"person/john-kirby", "person/sviatlana-tsikhanouskaya", "person/michael-wasiura",
		"country/russia", "country/belarus", "country/ukraine", "country/united-states", "country/china",
		"country/armenia", "country/kazakhstan", "country/kyrgyzstan", "country/tajikistan", "country/poland",
		"country/afghanistan", "country/iraq", "country/libya", "country/yugoslavia", "country/soviet-union",
		"org/nato", "org/csto", "org/osce", "org/kremlin", "org/us-department-of-defense", "org/warsaw-pact",
		"org/al-qaeda", "org/kgb", "org/cec-belarus",
		"location/moscow", "location/kyiv", "location/minsk", "location/gomel", "location/chernobyl",
		"date/2022-03-11", "date/2022-02-24", "date/2022-02-27", "date/1949", "date/1986", "date/1990s",
	} {
		if _, ok := ents[id]; !ok {
			t.Errorf("missing %s", id)
		}
	}
	for _, e := range r.Entities {
		if e.Type != graph.Person {
			continue
		}
		for _, m := range e.Mentions {
			first := m.Text
			if i := len(first); i > 0 {
				for _, title := range []string{"President ", "Press ", "Secretary ", "Pentagon ", "Belarusian "} {
					if len(first) >= len(title) && first[:len(title)] == title {
						t.Errorf("person mention %q has a title glued on", m.Text)
					}
				}
			}
		}
		for _, junk := range []string{"Warfare", "War", "Photograph", "Channel"} {
			for _, w := range splitWords(e.Name) {
				if w == junk {
					t.Errorf("junk person %q", e.Name)
				}
			}
		}
	}
}

func splitWords(s string) []string {
	var out []string
	cur := ""
	for _, r := range s {
		if r == ' ' {
			out = append(out, cur)
			cur = ""
			continue
		}
		cur += string(r)
	}
	return append(out, cur)
}

// TestUnnamedMinistryIsNoAmericanDepartment guards the paraphrase rule:
// "the Ministry of Defense" is some country's ministry, never the
// Pentagon by a synonym of "department".
func TestUnnamedMinistryIsNoAmericanDepartment(t *testing.T) {
	p := shippedPipeline(t)
	r, err := p.Extract(context.Background(), graph.Document{ID: "t", Text: "The Ministry of Defense said nothing."})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range r.Mentions {
		if m.Entity == "org/us-department-of-defense" {
			t.Errorf("%q resolved to the US Department of Defense", m.Text)
		}
	}
}
