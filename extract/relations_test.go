package extract_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/graph"
)

// edgeStrings renders relations as "source type target", again with the
// role after a slash when the edge has one, and with each evidence's
// pattern after an at sign.
func edgeStrings(rels []graph.Relation) []string {
	var out []string
	for _, r := range rels {
		s := fmt.Sprintf("%s %s %s", r.Source, r.Type, r.Target)
		out = append(out, s)
		if r.Role != "" {
			out = append(out, s+" / "+r.Role)
		}
		for _, ev := range r.Evidence {
			out = append(out, s+" @"+ev.Pattern)
		}
	}
	sort.Strings(out)
	return out
}

// TestRelationPatterns runs each pattern family over sentences written for
// it. want lists edges the sentence states ("source type target", or with
// " / role" to check the role too); none lists edges it must not give: the
// negated, intended, hypothetical and merely adjacent.
func TestRelationPatterns(t *testing.T) {
	for _, c := range []struct {
		family, text string
		want, none   []string
	}{
		// Titles, appositions and possessives.
		{"titles", "Belarusian President Alexander Lukashenko arrived in Minsk on Friday.",
			[]string{"person/alexander-lukashenko leader-of country/belarus / President", "person/alexander-lukashenko citizen-of country/belarus"}, nil},
		{"titles", "Poland's Chief Rabbi Michael Schudrich led the procession. Vatican Secretary of State Cardinal Angelo Sodano prayed.",
			[]string{"person/angelo-sodano works-for country/vatican-city"}, // a faith's office serves no state; a state's office held by a cardinal does
			[]string{"person/michael-schudrich works-for country/poland", "person/michael-schudrich leader-of country/poland"}},
		{"titles", "The visit by Assistant Secretary of State for African Affairs Connie Newman follows riots. Secretary of State Condoleezza Rice arrived in Seoul.",
			[]string{"person/connie-newman works-for country/united-states", "person/condoleezza-rice works-for country/united-states"}, nil}, // the bare title is America's
		{"titles", "Secretary of State for Northern Ireland Peter Hain spoke. In Britain, Secretary of State Hilary Benn spoke.",
			nil, []string{"person/peter-hain works-for country/united-states", "person/hilary-benn works-for country/united-states"}}, // a British portfolio; another country named before
		{"titles", "In a statement, the chief of powerful oil cartel OPEC, Abdullah Al-Badri, said prices were stable.",
			[]string{"person/abdullah-al-badri leader-of org/opec"}, nil}, // what the body is, written small before it
		{"titles", "The president of the Organization of Petroleum Exporting Countries, Sheikh Ahmad Fahad al-Sabah, spoke. Police arrested a Taleban commander, Mullah Nazer Shah.",
			[]string{"person/ahmad-fahad-al-sabah leader-of org/opec", "person/nazer-shah member-of org/taliban"}, nil}, // a style before the name set off
		{"titles", "Chad's president has urged Sudan's government to respect the cease-fire. President Idriss Deby told officials that it is time. Iran's foreign minister says talks will resume. Foreign Minister Manouchehr Mottaki told reporters so.",
			[]string{"person/idriss-deby leader-of country/chad", "person/manouchehr-mottaki works-for country/iran"}, nil}, // the office told unnamed the sentence before
		{"titles", "Venezuela's president is urging President George Bush to act. President Hugo Chavez hopes President George Bush's agenda will change. Chad's president urged peace. In Khartoum, President Omar al-Bashir spoke.",
			nil, []string{"person/george-bush leader-of country/venezuela", "person/omar-al-bashir leader-of country/chad"}}, // the same sentence names two; another country first
		{"titles", "Gunmen killed the director-general of Iraq's Trade Ministry, Ali Mousa Salman, in Baghdad. FBI Director Robert Mueller spoke.",
			[]string{"person/ali-mousa-salman works-for org/iraq-trade-ministry", "person/robert-mueller leader-of org/fbi"}, // a ministry's senior official; an agency's head
			[]string{"person/ali-mousa-salman leader-of org/iraq-trade-ministry"}},
		{"titles", "President Arroyo met with Burma's leader, Lieutenant-General Soe Win, in Manila. Israel's military chief, Lieutenant-General Dan Halutz, has resigned.",
			[]string{"person/soe-win leader-of country/myanmar", "person/dan-halutz works-for country/israel"}, nil}, // a rank between the comma and the name
		{"titles", "Unlike Pakistan's president, Mr. Manmohan Singh did not speak about Kashmir.",
			nil, []string{"person/manmohan-singh leader-of country/pakistan"}}, // the clause's subject after an opening phrase
		{"titles", "Abdelaziz wrote to the current chairman of the African Union, Nigerian President Olusegun Obasanjo, asking him to intercede.",
			[]string{"person/olusegun-obasanjo leader-of org/african-union", "person/olusegun-obasanjo leader-of country/nigeria"}, nil}, // a demonym and a title between the comma and the name
		{"titles", "President Barack Obama has named Gene Sperling as the new head of the National Economic Council. Parliament elected Jalal Talabani as Iraq's president.",
			[]string{"person/gene-sperling leader-of org/national-economic-council", "person/jalal-talabani leader-of country/iraq"}, // the one named takes the office
			[]string{"person/barack-obama leader-of org/national-economic-council"}},
		{"titles", "Bush nominated John Bolton as U.S. ambassador to the United Nations. Obama may appoint Susan Rice as head of the National Security Council.",
			nil, []string{"person/john-bolton works-for country/united-states", "person/susan-rice leader-of org/national-security-council"}}, // not yet his; may
		{"titles", "The newspaper Liberation says its Baghdad correspondent, Florence Aubenas, is missing. VOA Jerusalem Correspondent Luis Ramirez reports. VOA's West Africa correspondent Nico Colombant says so.",
			[]string{"person/florence-aubenas member-of org/liberation", "person/luis-ramirez member-of org/voice-of-america", "person/nico-colombant member-of org/voice-of-america"}, // an outlet's staff, posted somewhere
			[]string{"person/nico-colombant lives-in location/west-africa", "person/luis-ramirez leader-of location/jerusalem"}},
		{"titles", "Iraq's interim defense minister says the trial will begin. The minister, Hazem Shaalan, told reporters in Baghdad the trial could begin.",
			[]string{"person/hazem-shaalan works-for country/iraq"}, nil}, // the office told unnamed, then "The minister, X,"
		{"titles", "Italy's interior minister says authorities have thwarted planned attacks. Giuseppe Pisanu told reporters the plot targeted the Milan subway.",
			[]string{"person/giuseppe-pisanu works-for country/italy / interior minister"}, nil}, // the lead's office, its holder named first in the next sentence
		{"titles", "The Chadian president has said the rebels were beaten. Idriss Deby told reporters the army would stay.",
			[]string{"person/idriss-deby leader-of country/chad"}, nil}, // the lead's office, its holder named first in the next sentence
		{"titles", "Civilian deaths have prompted sharp criticism from Afghan officials, including President Hamid Karzai. Iraqi leaders such as Prime Minister Nouri al-Maliki condemned the attack.",
			[]string{"person/hamid-karzai leader-of country/afghanistan", "person/nouri-al-maliki leader-of country/iraq"}, nil}, // one of the nation's officials
		{"titles", "Afghan officials met several leaders, including President Bush.",
			nil, []string{"person/bush leader-of country/afghanistan"}}, // other leaders
		{"titles", "Western leaders, including President Bush, spoke. Afghan officials, including former President Burhanuddin Rabbani, met.",
			nil, []string{"person/bush leader-of country/afghanistan", "person/burhanuddin-rabbani leader-of country/afghanistan / President"}}, // no nation; a past office is not read here
		{"titles", "Niger has been under military rule since February, when the army overthrew the country's increasingly unpopular leader, President Mamadou Tandja. An IMF official, First Deputy Managing Director John Lipsky, said the U.S. may face fallout. An Afghan official, provincial governor Arsala Jamal, says the bomber struck.",
			[]string{"person/mamadou-tandja leader-of country/niger", "person/john-lipsky member-of org/imf", "person/arsala-jamal works-for country/afghanistan"}, // adjectives before the title; an official set off before the name (a province's governor heads no state)
			[]string{"person/arsala-jamal leader-of country/afghanistan"}},
		{"titles", "Before the summit, the Gulf Cooperation Council's secretary-general (Abdul Rahman al-Attiya) said the group trusts Iran. Russia's foreign minister (in Moscow) spoke.",
			[]string{"person/abdul-rahman-al-attiya leader-of org/gcc"}, nil}, // the name in brackets after the title
		{"titles", "Protesters demanded the resignation of Peru's deeply unpopular president, Alejandro Toledo. Washington welcomed Russia's newly appointed ambassador, Sergei Kislyak. U.S. officials, including President George W. Bush, condemned the attack.",
			[]string{"person/alejandro-toledo leader-of country/peru", "person/sergei-kislyak works-for country/russia", "person/george-w-bush leader-of country/united-states"}, nil}, // an adverb and an adjective or "appointed" before the title; a nation named, not by demonym
		{"titles", "A French journalist interviewed the country's president, Idriss Deby, in N'Djamena. Chinese investors met the country's president, Paul Kagame, in Kigali.",
			nil, []string{"person/idriss-deby leader-of country/france", "person/paul-kagame leader-of country/china"}}, // a demonym of anyone names no country "the country" is
		{"titles", "Estonia's previous prime minister, Juhan Parts, resigned. Taiwan's future president, Ma Ying-jeou, is a lawyer.",
			nil, []string{"person/juhan-parts leader-of country/estonia / prime minister", "person/ma-ying-jeou leader-of country/taiwan"}}, // an office held before or to come
		{"titles", "Kenya's president says the election was fair. Raila Odinga said the vote was rigged. Zimbabwe's president says the opposition is a puppet. Morgan Tsvangirai said the charge was false.",
			nil, []string{"person/raila-odinga leader-of country/kenya", "person/morgan-tsvangirai leader-of country/zimbabwe"}}, // an answer, often a rival's, not the holder's statement to the press
		{"titles", "Palestinian and Israeli officials, including President Mahmoud Abbas, met. Ukrainian officials, including President Vladimir Putin's envoy, arrived. A U.N. envoy, former Prime Minister Kjell Magne Bondevik of Norway, arrived. A NATO official, Deputy Secretary-General Alessandro Minuto Rizzo, visited Kabul.",
			nil, []string{"person/mahmoud-abbas leader-of country/israel", "person/vladimir-putin leader-of country/ukraine", "person/kjell-magne-bondevik leader-of org/united-nations", "person/alessandro-minuto-rizzo leader-of org/nato / Deputy Secretary-General"}}, // two nations; the envoy, not Putin; another's former office; a deputy
		{"titles", "Kenya's president says the election was fair. Raila Odinga rejected the claim. Italy's interior minister says attacks were thwarted. Silvio Berlusconi said the minister had done well. Iran's president says talks will go on. Iran's envoy Ali Larijani spoke. Ali Larijani said so.",
			nil, []string{"person/raila-odinga leader-of country/kenya", "person/silvio-berlusconi works-for country/italy", "person/ali-larijani leader-of country/iran"}}, // not one who answers, not one named again
		{"titles", "Iran's foreign minister spoke. The president, Mahmoud Ahmadinejad, agreed.",
			nil, []string{"person/mahmoud-ahmadinejad leader-of country/iran"}}, // another office
		{"titles", "The U.S. special envoy to Sudan, Andrew Natsios, has warned of a poisonous atmosphere.",
			[]string{"person/andrew-natsios works-for country/united-states"}, []string{"person/andrew-natsios works-for country/sudan"}},
		{"titles", "Undersecretary of State Nicholas Burns spoke. Philippine Foreign Undersecretary Jose Brillantes urged calm.",
			[]string{"person/nicholas-burns works-for country/united-states", "person/jose-brillantes works-for country/philippines"}, nil}, // an undersecretary's office
		{"titles", "The leader of Chechnya, Ramzan Kadyrov, praised the decision. The president of Republika Srpska, Milorad Dodik, spoke.",
			[]string{"person/ramzan-kadyrov leader-of location/chechnya", "person/milorad-dodik leader-of location/republika-srpska"}, nil}, // a region's head
		{"titles", "Hamas chose Yahya Sinwar as its leader. The Liberal Democratic Party elected Fumio Kishida as its leader.",
			[]string{"person/yahya-sinwar leader-of org/hamas", "person/fumio-kishida leader-of org/liberal-democratic-party"}, nil}, // "as its leader": the chooser's
		{"titles", "Pentagon Press Secretary John Kirby briefed reporters.",
			[]string{"person/john-kirby works-for org/us-department-of-defense / Press Secretary"}, nil},
		{"titles", "NASA Administrator Sean O'Keefe will announce the decision.", // an agency's administrator heads it
			[]string{"person/sean-okeefe leader-of org/nasa", "person/sean-okeefe works-for org/nasa"}, nil},
		{"titles", "U.S. Environmental Protection Agency administrator Lisa Jackson visited Pensacola.",
			[]string{"person/lisa-jackson leader-of org/us-environmental-protection-agency"}, []string{"person/lisa-jackson leader-of country/united-states"}},
		{"titles", "US Secretary of State John Kerry flew to Cairo.",
			[]string{"person/john-kerry works-for country/united-states / Secretary of State"}, []string{"person/john-kerry leader-of country/united-states"}},
		{"titles", "Presidents Dilma Rousseff of Brazil, Vladimir Putin of Russia and Jacob Zuma attended.",
			[]string{"person/dilma-rousseff leader-of country/brazil", "person/vladimir-putin leader-of country/russia"},
			[]string{"person/vladimir-putin leader-of country/brazil", "person/dilma-rousseff leader-of country/russia"}},
		{"titles", "The policy was launched by then-US President George W. Bush in 2001.",
			[]string{"person/george-w-bush leader-of country/united-states / then President"}, nil},
		{"titles", "Russian officials Sergei Lavrov and Dmitry Peskov denied it.", // a plural title covers the list
			[]string{"person/sergei-lavrov works-for country/russia / officials", "person/dmitry-peskov works-for country/russia / officials"}, nil},
		{"titles", "Interfax quotes a Russian foreign ministry spokesman, Andre Krivtsov, as saying talks will go on.", // an indefinite title set off before the name
			[]string{"person/andre-krivtsov works-for country/russia / foreign ministry spokesman"}, nil},
		{"titles", "A senior North Korean diplomat, Li Gun, repeated the refusal.",
			[]string{"person/li-gun works-for country/north-korea / diplomat"}, nil},
		{"titles", "A spokesman for the Somali government, Yusuf Ismail Baribari, says aid is coming.", // the state's body, written small
			[]string{"person/yusuf-ismail-baribari works-for country/somalia / spokesman"}, nil},
		{"titles", "Iranian foreign ministry spokesman Hamid Reza Asefi said so.",
			[]string{"person/hamid-reza-asefi works-for country/iran / foreign ministry spokesman"}, nil},
		{"titles", "A Russian, Ivan Petrov, won the race. A spokesman for the Russian wheat industry, Oleg Ivanov, said so.", // a nationality; an industry's
			nil, []string{"person/ivan-petrov works-for country/russia", "person/oleg-ivanov works-for country/russia"}},
		{"titles", "Israel's Labor party voted to quit. Labor's Central Committee approved the recommendation of party leader Amir Peretz.", // the party named last
			[]string{"person/amir-peretz leader-of org/israeli-labor-party / party leader"}, nil},
		{"titles", "Voters went to the polls. Party leader Amir Peretz spoke.", // no party named: no party
			nil, []string{"person/amir-peretz leader-of org/party"}},
		{"titles", "Undersecretary-General for Political Affairs Ibrahim Gambari said Damascus has not answered the U.N. requests.", // an office "for" a portfolio
			[]string{"person/ibrahim-gambari member-of org/united-nations / Undersecretary-General for Political Affairs"},
			[]string{"person/ibrahim-gambari leader-of org/united-nations"}},
		{"titles", "EU Commissioner for Trade Peter Mandelson said so. FAO Director-General Jacques Diouf agreed.",
			[]string{"person/peter-mandelson member-of org/european-union / Commissioner for Trade", "person/jacques-diouf leader-of org/fao / Director-General"}, nil},
		{"titles", "President Bush congratulated Presidents Aleksander Kwasniewski of Poland and Valdas Adamkus of Lithuania.", // a plural title over "and"
			[]string{"person/valdas-adamkus leader-of country/lithuania / Presidents", "person/aleksander-kwasniewski leader-of country/poland"},
			[]string{"person/valdas-adamkus leader-of country/poland"}},
		{"titles", "Li Jianzhong, the former president of the Chinese Academy of Carrier Rocket Technology, is accused.", // a body's name cut at "of"
			[]string{"person/li-jianzhong leader-of org/chinese-academy-of-carrier-rocket-technology"}, nil},
		{"titles", "NATO's Assistant Secretary General for Defense Investment, Marshall Billingslea, urged officials to act.", // the office's field in the title
			[]string{"person/marshall-billingslea member-of org/nato / Assistant Secretary General for Defense Investment"},
			[]string{"person/marshall-billingslea leader-of org/nato"}},
		{"titles", "A bomb missed an Iraqi Cabinet minister, Suhaila Abed Jaafar, on Tuesday.",
			[]string{"person/suhaila-abed-jaafar works-for country/iraq / Cabinet minister"}, nil},
		{"titles", "Raul Castro succeeded his brother as Cuba's president. Jones replaced Smith as CEO of Google.", // the office taken from someone
			[]string{"person/raul-castro leader-of country/cuba / president", "person/jones leader-of org/alphabet", "person/smith leader-of org/alphabet / former ceo"}, []string{"person/smith leader-of org/alphabet / CEO"}}, // the one replaced held it once
		{"titles", "Smith was replaced as CEO of Google by Jones.", // the one replaced holds it no more
			nil, []string{"person/smith leader-of org/alphabet"}},
		{"titles", "Lebanon's pro-Syrian President Emile Lahoud is holding talks. Ukraine's pro-Russian separatist leader Denis Pushilin spoke.", // a stance after the possessive; a cause is no office of the state
			[]string{"person/emile-lahoud leader-of country/lebanon"}, []string{"person/denis-pushilin leader-of country/ukraine"}},
		{"titles", "Supporters of Burma's pro-democracy leader Aung San Suu Kyi rallied.", // a movement's leader
			nil, []string{"person/aung-san-suu-kyi leader-of country/myanmar"}},
		{"titles", "Joseph Domenech, the head of the U.N.'s Food and Agricultural Organization, says so.",
			[]string{"person/joseph-domenech leader-of org/fao"}, nil},
		{"titles", "Iraqi police say a bomb exploded near Abed Theyab, the country's higher education minister.", // "the country" named by its adjective before
			[]string{"person/abed-theyab works-for country/iraq / higher education minister"}, nil},
		{"titles", "Iraqi police arrested Abed Theyab, the country's most wanted man.",
			nil, []string{"person/abed-theyab works-for country/iraq"}},
		{"titles", "Fighting between the Popular Movement for the Liberation of Angola (MPLA), led by Jose Eduardo DOS SANTOS, and UNITA followed.", // led by, after the acronym in brackets
			[]string{"person/jose-eduardo-dos-santos leader-of org/mpla"}, nil},
		{"titles", "Damascus-based Hamas political leader Khaled Meshaal spoke.",
			[]string{"person/khaled-meshaal leader-of org/hamas / political leader"}, nil},
		{"titles", "Malawi's parliament has passed laws paving the way for the impeachment of President Bingu wa Mutharika.", // a legislature acts on its state's president
			[]string{"person/bingu-wa-mutharika leader-of country/malawi"}, nil},
		{"titles", "A member of Iraq's parliament says Sadr's followers will quit if Prime Minister Maliki meets President Bush. Iraq's parliament welcomed visiting President Bush.", // a member speaks; a guest
			nil, []string{"person/bush leader-of country/iraq"}},
		{"titles", "An Iraqi election commission spokesman, Farid Ayar, spoke. Ivory Coast's new transitional prime minister, Charles Konan Banny, spoke. The head of India's ruling Congress Party, Sonia Gandhi, spoke.",
			[]string{"person/farid-ayar works-for country/iraq", "person/charles-konan-banny leader-of country/ivory-coast", "person/sonia-gandhi leader-of org/indian-national-congress"}, nil},
		{"titles", "U.S. military spokesman Lieutenant Colonel Barry Johnson said so.",
			[]string{"person/barry-johnson works-for country/united-states"}, nil},
		{"titles", "The acting head of the AU mission in Sudan, Jean-Baptiste Natama, said so.", // a mission's head belongs to the body
			[]string{"person/jean-baptiste-natama member-of org/african-union"}, []string{"person/jean-baptiste-natama leader-of org/african-union"}},
		{"titles", "Independent candidate Sidi Ould Cheikh Abdallahi was inaugurated in April 2007 as Mauritania's first freely and fairly elected president. Smith was sworn in on Monday as Nigeria's president.", // a date before the office; describing words inside it
			[]string{"person/sidi-ould-cheikh-abdallahi leader-of country/mauritania", "person/smith leader-of country/nigeria"}, nil},
		{"titles", "The IAEA met in Oslo. The institute's director Geir Lundestad would only say 168 were suggested.", // the institute is no agency named before
			nil, []string{"person/geir-lundestad leader-of org/iaea"}},
		{"titles", "Hamas fired rockets. The group's leader, Ismail Haniyeh, spoke. The IAEA met. The agency's chief, Mohamed ElBaradei, spoke.",
			[]string{"person/ismail-haniyeh leader-of org/hamas", "person/mohamed-elbaradei leader-of org/iaea"}, nil},
		{"titles", "Hamas said its leader, Ismail Haniyeh, would speak. Russia said its foreign minister, Sergei Lavrov, would go.", // a title owned by "its"
			[]string{"person/ismail-haniyeh leader-of org/hamas / leader", "person/sergei-lavrov works-for country/russia / foreign minister"}, nil},
		{"titles", "Pakistani Taliban militants issued a recording they said proved their leader, Hakimullah Mehsud, survived.", // the militants' leader, not Pakistan's
			nil, []string{"person/hakimullah-mehsud leader-of country/pakistan"}},
		{"titles", "Hamas said it would speak to its critics, Ismail Haniyeh said.", // no title
			nil, []string{"person/ismail-haniyeh leader-of org/hamas"}},
		{"titles", "Pakistani police say the country's former President Pervez Musharraf faces arrest. In Tehran, a spokesman for Iran's foreign ministry, Hamidreza Asefi, spoke.", // "the country's" title before a name; a state body written small
			[]string{"person/pervez-musharraf leader-of country/pakistan / former President", "person/hamidreza-asefi works-for country/iran / spokesman for foreign ministry"}, nil},
		{"titles", "The Algerian mission chief, Ali Belaroussi, was snatched.", // a mission's head serves the state and leads no state
			[]string{"person/ali-belaroussi works-for country/algeria"}, []string{"person/ali-belaroussi leader-of country/algeria"}},
		{"titles", "And African Union Chairman, Alpha Oumar Konare, said so. Meantime, the top U.N. humanitarian official, Jan Egeland, spoke. A top U.N. official in Baghdad, Gianni Magazzeni, announced the toll.", // a title set off from the name; "the top"; where
			[]string{"person/alpha-oumar-konare leader-of org/african-union / Chairman", "person/jan-egeland member-of org/united-nations", "person/gianni-magazzeni member-of org/united-nations"}, nil},
		{"titles", "Hamas leaders, Ismail Haniyeh and Khaled Mashaal, spoke. At a meeting of the Islamic Iran Participation Front, party leader Mohsen Mirdamadi spoke.", // a plural title opens a list; a party's name ending in Front
			[]string{"person/mohsen-mirdamadi leader-of org/islamic-iran-participation-front"}, []string{"person/ismail-haniyeh leader-of org/hamas"}},
		{"titles", "Gunmen killed a local Hamas leader, Mohammed Odde. A high-level al-Qaida leader, Mehmet Yilmaz, was killed. Halo Trust regional director, Mohammad Ashraf, said so.", // one of the leaders; a branch's head
			[]string{"person/mohammed-odde member-of org/hamas", "person/mehmet-yilmaz member-of org/al-qaeda", "person/mohammad-ashraf member-of org/halo-trust"},
			[]string{"person/mohammed-odde leader-of org/hamas", "person/mehmet-yilmaz leader-of org/al-qaeda", "person/mohammad-ashraf leader-of org/halo-trust"}},
		{"titles", "Japan's Foreign Minister arrives for talks with his Chinese counterpart, Li Zhaoxing. A key U.S. congressman, Barney Frank, urged a delay.",
			[]string{"person/li-zhaoxing works-for country/china", "person/barney-frank works-for country/united-states"}, nil},
		{"titles", "A U.N. spokeswoman said Secretary-General Kofi Annan expects Syria's cooperation to continue.", // the one body named near an unattached secretariat head
			[]string{"person/kofi-annan leader-of org/united-nations / Secretary-General"}, []string{"person/kofi-annan leader-of country/syria"}},
		{"titles", "NATO met the United Nations. Secretary General Kofi Annan said the talks went well.", // two bodies: whose head is unsaid
			nil, []string{"person/kofi-annan leader-of org/united-nations", "person/kofi-annan leader-of org/nato"}},
		{"titles", "Belarus joined the Shanghai Cooperation Organisation on Thursday. Its secretary-general, Zhang Ming, welcomed the new member.", // no state has a secretary-general: the body's
			[]string{"person/zhang-ming leader-of org/sco"}, []string{"person/zhang-ming leader-of country/belarus", "person/zhang-ming works-for country/belarus"}},
		{"titles", "Minsk applied to join the bloc in 2022. Its secretary-general, Zhang Ming, welcomed the new member.", // and no body is named: nobody's
			nil, []string{"person/zhang-ming leader-of country/belarus", "person/zhang-ming citizen-of country/belarus"}},
		{"alliances", "Germany and Lithuania are NATO allies. Poland and Hungary are not NATO allies. Turkey and Greece may become NATO allies.", // allies in an alliance are its members
			[]string{"country/germany allied-with country/lithuania", "country/germany member-of org/nato", "country/lithuania member-of org/nato"},
			[]string{"country/poland allied-with country/hungary", "country/poland member-of org/nato", "country/turkey allied-with country/greece", "country/greece member-of org/nato"}},
		{"descriptions", "Hamas fired rockets at Ashkelon. The militant group Tuesday attacked Israel. Hezbollah fired rockets at Haifa. The Islamist group attacked Israel.",
			[]string{"org/hamas attacked country/israel", "org/hezbollah attacked country/israel"}, nil}, // a day after the kind is no name; a creed is no word of the body's name
		{"descriptions", "Keir Starmer hosted Ukrainian President Volodymyr Zelensky on Sunday. The British prime minister announced a loan to Kyiv.", // the untitled subject, not the one the text gave his office
			[]string{"person/keir-starmer leader-of country/united-kingdom"}, []string{"person/volodymyr-zelensky leader-of country/united-kingdom"}},
		{"subjects", "Fiji's Prime Minister Sitiveni Rabuka welcomed Winston Peters. Rabuka, a former army commander who led two coups in 1987, heads the People's Alliance party. Gabriel Boric is president. He belongs to the Social Convergence party.", // a relative clause inside an apposition; a pronoun that belongs
			[]string{"person/sitiveni-rabuka leader-of org/peoples-alliance", "person/gabriel-boric member-of org/social-convergence"}, nil},
		{"titles", "The OAS is led by Secretary General Albert Ramdin of Suriname. Viv Ansanm, a coalition led by Jimmy Cherizier, controls the capital.", // a body's head from a country; a body led
			[]string{"person/albert-ramdin leader-of org/oas", "person/albert-ramdin citizen-of country/suriname", "person/jimmy-cherizier leader-of org/viv-ansanm"},
			[]string{"person/albert-ramdin leader-of country/suriname", "person/albert-ramdin works-for country/suriname"}},
		{"titles", "German Chancellor Friedrich Merz spoke. Merz said his predecessor, Olaf Scholz, also refused. Peru's Congress removed President Pedro Castillo on Wednesday. His successor, Dina Boluarte, was sworn in.",
			[]string{"person/olaf-scholz leader-of country/germany @predecessor", "person/dina-boluarte leader-of country/peru / President"}, // the two in one sentence; a successor's office is no ousted one
			[]string{"person/dina-boluarte leader-of country/peru / ousted President"}},
		{"titles", "The IOM is headed by Director General Amy Pope. The Hezb-e-Islami is led by former Afghan prime minister Gulbuddin Hekmatyar.",
			[]string{"person/amy-pope leader-of org/iom / Director General", "person/gulbuddin-hekmatyar leader-of org/hezb-e-islami"}, // the main clause's title too
			[]string{"person/gulbuddin-hekmatyar leader-of org/hezb-e-islami / former Afghan prime minister"}},                         // another office, once held
		{"titles", "Hun Sen, 72, has been president of the ruling Cambodian People's Party since 2015.",
			[]string{"person/hun-sen leader-of org/cambodian-peoples-party @apposition"}, nil}, // past the age, "has been"
		{"titles", "Alberto Fernandez, the former president of Argentina, went on trial. His successor, Javier Milei, has called him a disgrace. German Chancellor Friedrich Merz, who leads the Christian Democratic Union, spoke. His predecessor Olaf Scholz also refused. Merz met Macron. His successor as party leader, Jens Spahn, agreed.", // the office the leader held; of several, the state's; another office named
			[]string{"person/javier-milei leader-of country/argentina", "person/olaf-scholz leader-of country/germany / former Chancellor"},
			[]string{"person/olaf-scholz leader-of org/cdu", "person/jens-spahn leader-of country/germany", "person/jens-spahn leader-of org/cdu"}},
		{"descriptions", "French President Emmanuel Macron hosted Moldovan President Maia Sandu. Mr. Macron said her country had applied to join the European Union.",
			[]string{"country/moldova seeks-membership org/european-union"}, // "her": not the man the sentence names
			[]string{"country/france seeks-membership org/european-union"}},
		{"descriptions", "Maia Sandu won a second term as Moldova's president on Sunday. Her country applied to join the European Union in 2022.", // "her country": the state the patterns read her leading
			[]string{"country/moldova seeks-membership org/european-union"}, nil},
		{"negation", "Khatami says he does not believe U.S. forces will attack Iran. Officials doubt that Iran supplied drones to Russia. Officials believe Iran armed Syria. The evidence proves beyond a reasonable doubt that Oswald killed Kennedy.", // what one does not believe or doubts is not told; "a reasonable doubt" is no doubter
			[]string{"country/iran aids country/syria", "person/oswald killed person/kennedy"}, []string{"country/united-states attacked country/iran", "country/iran aids country/russia"}},
		{"opposes", "Sara Duterte is the country's vice president and has criticised President Ferdinand Marcos Jr. The Islamic State Khorasan Province group, which opposes the Taliban, has been blamed. Hilario Condori has opposed the government of President Dina Boluarte. Javier Milei has called Alberto Fernandez a disgrace.", // a verb after "and has"; a body named with its kind before "which"; a ruler's government; an insult
			[]string{"person/sara-duterte opposes person/ferdinand-marcos-jr", "org/isis-k opposes org/taliban", "person/hilario-condori opposes person/dina-boluarte", "person/javier-milei opposes person/alberto-fernandez"}, nil},
		{"supports", "Javier Milei has been one of Israel's strongest supporters. Navalny was one of Putin's fiercest critics. Gustavo Petro, a staunch supporter of Venezuela, spoke.", // one of someone's backers; no home beside the stance
			[]string{"person/javier-milei supports country/israel", "person/navalny opposes person/putin", "person/gustavo-petro supports country/venezuela"},
			[]string{"person/gustavo-petro lives-in country/venezuela"}},
		{"descriptions", "Fighters of the Arakan Army captured the town of Maungdaw on Sunday. The ethnic armed group, led by Twan Mrat Naing, has been fighting the junta. The Houthis, who control the capital Sanaa, have attacked ships since 2023. Their leader, Abdul-Malik al-Houthi, said the group would go on.", // a kind word the tagger read as a noun; "their" after a subject opening with "the"
			[]string{"person/twan-mrat-naing leader-of org/arakan-army", "person/abdul-malik-al-houthi leader-of org/houthis"}, nil},
		{"places", "The quake devastated Japan's Honshu island. A panel voted to keep open South Dakota's Ellsworth Air Base. Militants crossed into China's westernmost, mountainous Kashgar prefecture. Protesters gathered in the West Bank city of Ramallah. Fighting spread in Pech district of Kunar province.",
			[]string{"location/honshu located-in country/japan", "location/ellsworth-air-base located-in location/south-dakota", "location/ramallah located-in location/west-bank", "location/pech located-in location/kunar"}, nil}, // owned or named with a kind
		{"places", "Authorities say 28 people were wounded in Baghdad's mostly Shi'ite slum of Sadr City. Pakistan's northwestern city of Peshawar was hit. Pajhwok, a private Afghan news agency, says so.",
			[]string{"location/sadr-city located-in location/baghdad", "location/peshawar located-in country/pakistan", "org/pajhwok based-in country/afghanistan"}, nil}, // a town's part named with its kind; a firm's country past an adjective
		{"places", "Mrs. Tsuruyama is from Yatsushiro. We were there six days, said Richard Taylor, an Atlanta architect. The jury convicted Robinson, half brother of the Rev. Jesse Jackson and a Greenville native, of accessory after the fact.",
			[]string{"person/tsuruyama lives-in location/yatsushiro", "person/richard-taylor lives-in location/atlanta", "person/robinson lives-in location/greenville"}, // where one is from; a town and a trade or "native" in the apposition
			[]string{"person/jesse-jackson lives-in location/greenville"}},
		{"places", "Flights were cancelled at Washington's Dulles airport. Detainees were held at Kabul's Bagram air base. A Canadian engineer was abducted in the country's restive Sool region. Naftogaz, a key Russian gas customer, missed a payment.",
			nil, []string{"location/dulles located-in location/washington", "location/bagram located-in location/kabul", "location/sool located-in country/canada", "org/naftogaz based-in country/russia"}}, // named for a city, outside it; a nationality, no story's country; a customer, no kind of firm
		{"places", "The call to President Hamid Karzai was from Washington. Peter Roth is from Berlin's Free University. Abdul Rahim, a Bagram detainee, was released. Lev Rubin, a Chernobyl survivor, spoke.",
			nil, []string{"person/hamid-karzai lives-in location/washington", "person/peter-roth lives-in location/berlin", "person/abdul-rahim lives-in location/bagram", "person/lev-rubin lives-in location/chernobyl"}}, // not the subject; a possessed place; held or befallen, no home
		{"places", "The matter was of interest to Gen. William C. Westmoreland, the commander of U.S. forces in Vietnam and a South Carolina native.",
			[]string{"person/william-c-westmoreland lives-in location/south-carolina"}, nil}, // a state's native
		{"places", "Martin Evans, a Texas oilman and a Houston resident, died. Russian planes bombed the Kodori Gorge region.",
			[]string{"person/martin-evans lives-in location/houston", "country/russia attacked location/kodori-gorge"}, nil}, // the town after a state's trade; warplanes as a state's force
		{"places", "Israeli aircraft struck the Gaza City neighborhood of Shejaiya. Snow blanketed the New York borough of Brooklyn. Thousands attended a concert in the Johannesburg suburb of Soweto. Fighting raged in the Ogaden region of Somalia.",
			[]string{"location/shejaiya located-in location/gaza-city", "location/brooklyn located-in location/new-york-city", "location/soweto located-in location/johannesburg"},
			[]string{"location/gaza-city located-in location/shejaiya", "location/new-york-city located-in location/brooklyn", "location/ogaden located-in country/somalia"}}, // a town's part after its kind, never the other way; a region the gazetteer puts elsewhere
		{"places", "Tom Smith, a Moscow correspondent for the paper, wrote it. The letter is from Moscow. Ann Lee, a Texas oil executive and mother of three, spoke.",
			nil, []string{"person/tom-smith lives-in location/moscow"}}, // a posting, no home
		{"places", "In Japan, officials are looking into an outbreak at a farm in Miyazaki Prefecture. In Slovakia, the Bratislava-Trnava highway was closed.",
			[]string{"location/miyazaki-prefecture located-in country/japan", "location/bratislava-trnava located-in country/slovakia"}, nil}, // the country the opening phrase sets the sentence in
		{"places", "In Iraq, U.S. officials said troops moved from Kuwait to Camp Arifjan. In Germany, officials met envoys from Vienna.",
			nil, []string{"location/camp-arifjan located-in country/iraq", "location/vienna located-in country/germany"}}, // another country named; a place the gazetteer puts elsewhere
		{"places", "Israel's attack on Gaza continued. Russia's ally Belarus hosted troops. Kenya's Mombasa port and Tanzania's Dar es Salaam port compete.",
			nil, []string{"location/gaza-strip located-in country/israel", "country/belarus located-in country/russia"}}, // nouns between; a state is no place of another
		{"places", "The bodies were found in the Bekaa Valley town of Anjar. Troops left the Black Sea port of Poti. Gunmen on Mexico's Gulf coast shot a reporter. Bush declared an emergency for the Gulf Coast state of Louisiana. She was a key figure in Ukraine's Orange Revolution.",
			nil, []string{"location/gulf-coast located-in location/louisiana", "location/orange-revolution located-in country/ukraine", "location/bekaa-valley located-in location/anjar", "location/black-sea located-in location/poti", "location/poti located-in location/black-sea", "location/gulf located-in country/mexico"}}, // the town is in the valley; a sea holds no port; a coast is on the sea
		{"places", "Reigning World Cup champion Bode Miller of the United States finished 11th. Lleyton Hewitt of Australia won.",
			[]string{"person/bode-miller citizen-of country/united-states", "person/lleyton-hewitt citizen-of country/australia"}, nil}, // the country a player represents
		{"places", "Israel struck a building in the Qatari capital. Hamid Karzai lives in the Afghan capital. Two suicide bombers attacked the NATO-led International Security Assistance Force in the Afghan capital, Kabul. Protests erupted in Minsk, the Belarusian capital.", // a demonym's capital, which the gazetteer knows
			[]string{"country/israel attacked location/doha", "person/hamid-karzai lives-in location/kabul", "org/international-security-assistance-force based-in location/kabul", "location/minsk located-in country/belarus"}, nil},
		{"led by", "The RSF, commanded by Mohamed Hamdan Dagalo, has been fighting. Militants from the Sahel Liberation Front attacked the town of Menaka. The group, which is led by Ousmane Dicko, has waged an insurgency since 2019.", // "commanded by"; "which is led by" after a description
			[]string{"person/mohamed-hamdan-dagalo leader-of org/rapid-support-forces", "person/ousmane-dicko leader-of org/sahel-liberation-front"}, nil},
		{"membership", "Armenia's membership in the Eurasian Economic Union began in May 2015. Zelensky called for Ukraine's membership in NATO.",
			[]string{"country/armenia member-of org/eaeu"},  // the month is no "may"
			[]string{"country/ukraine member-of org/nato"}}, // called for: hoped
		{"membership", "Russia, China and India met. The three countries are members of the SCO. Brazil, Chile and Peru met. Yet three countries are members of Mercosur.",
			[]string{"country/india member-of org/sco"},      // "the three countries": those named
			[]string{"country/peru member-of org/mercosur"}}, // "three countries", even opening the sentence: some three
		{"membership", "The move was incompatible with Armenia's membership in the Eurasian Economic Union. Ukraine's membership of NATO is years away. Hungary would block Ukraine's membership of the EU.", // a membership held, not one hoped for
			[]string{"country/armenia member-of org/eaeu"}, []string{"country/ukraine member-of org/nato", "country/ukraine member-of org/european-union"}},
		{"places", "The Asian Development Bank will finance the dam. The Manila-based lender confirmed the loan. Hamdok Mohamed was appointed director of the Cairo-based charity Darfur Relief Network.", // "the lender" a bank; a charity's seat
			[]string{"org/asian-development-bank based-in location/manila", "org/darfur-relief-network based-in location/cairo"}, nil},
		{"membership", "Mali, Burkina Faso and Niger signed a pact in 2023. The three countries founded the Alliance of Sahel States. Kyrgyzstan and Tajikistan signed a border treaty. Both countries are members of the Shanghai Cooperation Organisation. Estonia, Latvia and Lithuania met in Brussels. The three countries, all members of NATO, accused Minsk.", // the countries a counted description refers to; none when the count does not fit
			[]string{"country/niger founded org/alliance-of-sahel-states", "country/mali founded org/alliance-of-sahel-states", "country/kyrgyzstan member-of org/sco", "country/tajikistan member-of org/sco"},
			[]string{"country/estonia member-of org/nato", "country/belgium member-of org/nato"}},
		{"leads", "Muhammad Yunus, who now heads Bangladesh's interim government, spoke.",
			[]string{"person/muhammad-yunus leader-of country/bangladesh", "person/muhammad-yunus works-for country/bangladesh", "person/muhammad-yunus citizen-of country/bangladesh"}, nil}, // as "who leads Kenya" gives
		{"leads", "Sitiveni Rabuka has headed Fiji's government since December 2022. Muhammad Yunus now heads Bangladesh's interim government. Anna Smith heads Britain's government communications office.", // a state's government; not an office of it
			[]string{"person/sitiveni-rabuka leader-of country/fiji", "person/muhammad-yunus leader-of country/bangladesh"}, []string{"person/anna-smith leader-of country/united-kingdom"}},
		{"descriptions", "Britain sanctioned Rwanda over its support for the M23 rebels. The rebel group, led by Sultani Makenga, seized the city of Goma in January. The Hezb-e-Islami is led by Gulbuddin Hekmatyar. Soldiers went after suspected al-Qaida militants. Alexander Milinkevich says the democratic movement in Belarus will succeed.", // a kind told after the name; "is led by"; a movement is not "militants"
			[]string{"person/sultani-makenga leader-of org/m23", "org/m23 attacked location/goma", "person/gulbuddin-hekmatyar leader-of org/hezb-e-islami"},
			[]string{"org/al-qaeda based-in country/belarus"}},
		{"lives in", "Senate minority leader Bob Dole formally announced his bid during a visit to his hometown of Russell. Mohamed ElBaradei began his career as a diplomat in his native Egypt.", // a later "his" is still his; what the clause hedges is not where he is from
			[]string{"person/bob-dole lives-in location/russell", "person/mohamed-elbaradei lives-in country/egypt"}, nil},
		{"works for", "The Central Bank of Kenya raised rates, said Joseph Otieno, a bank spokesman. The Rollei company employs 270 people. Dietmar Kanzer, a company spokesman, said so. The police of Nairobi arrested Tom Smith, a bank robbery suspect.", // staff of the body of that kind named last
			[]string{"person/joseph-otieno works-for org/central-bank-of-kenya", "person/dietmar-kanzer works-for org/rollei"}, nil},
		{"aids", "Germany is among the biggest donors to Jordan. Japan, the largest donor to Cambodia, spoke. China has funded a new stadium and roads in Honiara. India has given 100 billion rupees in development aid to Bhutan. Israel built settlements in the West Bank.", // donors; works paid for in a state's town; "given"; building is no aid
			[]string{"country/germany aids country/jordan", "country/japan aids country/cambodia", "country/china aids country/solomon-islands", "country/india aids country/bhutan"},
			[]string{"country/israel aids country/palestine"}},
		{"meetings", "Joe Biden met his counterpart, Crown Prince Mohammed bin Salman. Antony Blinken met his counterpart, Foreign Minister Sergei Lavrov.",
			[]string{"person/joe-biden met-with person/mohammed-bin-salman", "person/antony-blinken met-with person/sergei-lavrov"}, nil}, // titles of two words after the comma
		{"meetings", "Abbas Araghchi also met his counterpart, Prince Faisal bin Farhan. Yamandu Orsi hosted the ceremony and held talks there with Ursula von der Leyen. Ilham Aliyev and Nikol Pashinyan also held talks with each other. Santiago Pena, speaking during a visit to Taipei, met President Lai Ching-te.", // a style after the counterpart's comma; "there"; each other; a participle set off after the subject
			[]string{"person/abbas-araghchi met-with person/faisal-bin-farhan", "person/ursula-von-der-leyen met-with person/yamandu-orsi", "person/ilham-aliyev met-with person/nikol-pashinyan", "person/lai-ching-te met-with person/santiago-pena"}, nil},
		{"titles", "Sierra Leone's government said on Saturday it had arrested 14 soldiers. Information Minister Chernor Bah said the ringleader had planned to attack the State House in Freetown. The plotters wanted to overthrow President Julius Maada Bio.", // a short story's one country
			[]string{"person/chernor-bah works-for country/sierra-leone", "person/julius-maada-bio leader-of country/sierra-leone"}, nil},
		{"titles", "The United States sanctioned two officials on Monday. They deny it. Washington also sanctioned a Nicaraguan judge. Julio Avendano, a close ally of President Daniel Ortega, was barred from travel.", // another country named beside the title of a short story
			nil, []string{"person/daniel-ortega leader-of country/united-states"}},
		{"supports", "Khalifa Haftar has received support from Russia, the United Arab Emirates and Egypt. The senator Tom Lee received support from Russia for the bill. Spain angered Algeria, which supports the Polisario Front independence movement. North Korea sent soldiers to fight alongside Russian forces.", // support received from; a body named with its cause and kind; troops beside a state's forces
			[]string{"country/russia supports person/khalifa-haftar", "country/egypt supports person/khalifa-haftar", "country/algeria supports org/polisario-front", "country/north-korea aids country/russia"},
			[]string{"country/russia supports person/tom-lee"}},
		{"negotiations", "Albania opened the final cluster of its European Union accession negotiations on Thursday. Armenia and Azerbaijan initialled a peace agreement.", // accession talks of the possessor; an agreement initialled
			[]string{"country/albania negotiates-with org/european-union", "country/albania seeks-membership org/european-union", "country/armenia negotiates-with country/azerbaijan"}, nil},
		{"titles", "Hun Sen, 72, remains the president of the ruling Cambodian People's Party. Jean-Robert Delva, 54, was the leader of the Rassemblement pour la Renaissance party. Anwar Ibrahim leads the Pakatan Harapan coalition and heads the People's Justice Party. Hector Quispe Mamani, the mayor of the Andean town of Pataz, was shot.", // past an age to the copula; a French party name; a second verb of leadership; a town named by its kind
			[]string{"person/hun-sen leader-of org/cambodian-peoples-party", "person/jean-robert-delva leader-of org/rassemblement-pour-la-renaissance",
				"person/anwar-ibrahim leader-of org/peoples-justice-party", "person/hector-quispe-mamani leader-of location/pataz"}, nil},
		{"places", "The Shanghai Cooperation Organisation, whose secretariat is in Beijing, met. The Council of Europe, the Strasbourg-based human rights body, elected Alain Berset.", // a seat told by the secretariat; a seat adjective before "body"
			[]string{"org/sco based-in location/beijing", "org/council-of-europe based-in location/strasbourg"}, nil},
		{"review", "Kenya hosted the summit of the East African Community, and its secretary-general, Veronica Nduva, attended. Mining company Glencore was fined. Oil company Shell was not. The company signed a deal with Chile. Emmanuel Macron and Olaf Scholz met; he said his country supports Ukraine. The Qatari capital's emir, Tamim bin Hamad, spoke. China is among the biggest donors to Pakistan's rival, India. Ukraine's membership in NATO is not on the table. Ukraine received support from Poland, and Russia from Belarus and Iran. The support for Viktor Orban comes from rural Hungary.", // wrong edges a review of this stop's readings found, mended
			[]string{"country/poland supports country/ukraine"},
			[]string{"person/veronica-nduva leader-of country/kenya", "country/chile negotiates-with org/shell", "country/germany supports country/ukraine", "country/france supports country/ukraine",
				"person/tamim-bin-hamad leader-of location/doha", "country/china aids country/pakistan", "country/ukraine member-of org/nato", "country/russia supports country/ukraine",
				"person/viktor-orban lives-in country/hungary"}},
		{"leads", "Sierra Leone's government arrested 14 soldiers on Saturday. Officials in Sierra Leone said they had plotted for months. They plotted against President Julius Maada Bio, who has led the country since 2018. Kenya and Ethiopia disagree. William Ruto, who has led the country since 2022, spoke.", // "the country": a story's one country, none named beside it
			[]string{"person/julius-maada-bio leader-of country/sierra-leone"}, []string{"person/william-ruto leader-of country/kenya", "person/william-ruto leader-of country/ethiopia"}},
		{"attacked", "Gao has been targeted repeatedly by the Islamic State Sahel Province. Israel struck a building housing Hamas officials in the Qatari capital. The Rapid Support Forces have besieged El Fasher for more than a year.", // an adverb before "by"; a target past what it held; sieges
			[]string{"org/islamic-state-sahel-province attacked location/gao", "country/israel attacked location/doha", "org/rapid-support-forces attacked location/el-fasher"}, nil},
		{"membership", "China supported Indonesia's application to join the BRICS group of emerging economies. Indonesia became a full member of the bloc in January.", // "the bloc" for a forum of states
			[]string{"country/indonesia member-of org/brics"}, nil},
		{"membership", "Amina Diallo was sworn in on Monday as mayor of Conakry. The 44-year-old engineer is the first woman to run the city. She is a member of the Pastef party.", // "she" past a sentence that names nobody
			[]string{"person/amina-diallo member-of org/pastef"}, nil},
		{"titles", "Israeli forces killed Ismail Haniyeh, the political leader of Hamas, in Tehran last July. Haniyeh had lived in Doha for years. He was succeeded by Yahya Sinwar.", // the office one was succeeded in
			[]string{"person/yahya-sinwar leader-of org/hamas"}, nil},
		{"meetings", "Syrian President Ahmed al-Sharaa arrived in Riyadh on Sunday, meeting Saudi Crown Prince Mohammed bin Salman. King Jigme Wangchuck made a visit to New Delhi, meeting Prime Minister Narendra Modi and President Droupadi Murmu. The ministers approved the budget, meeting the deadline set by Mario Draghi.", // ", meeting X" after a clause: its subject met each
			[]string{"person/ahmed-al-sharaa met-with person/mohammed-bin-salman", "person/jigme-wangchuck met-with person/narendra-modi", "person/droupadi-murmu met-with person/jigme-wangchuck"}, nil},
		{"descriptions", "Mercosur and the European Union concluded negotiations in Montevideo on Friday. The South American bloc, whose secretariat is in the Uruguayan capital, comprises Argentina. The European Union met on Monday. The European bloc imposed sanctions on Russia.", // capitalised words describing the body are in its name
			[]string{"org/european-union sanctions country/russia"}, []string{"org/european-union based-in location/montevideo"}},
		{"meetings", "Chairman Li Wei spoke. Spokeswoman Anna Lee listened. He met Olaf Scholz later.", // "he" past a woman the title tells
			[]string{"person/li-wei met-with person/olaf-scholz"}, []string{"person/anna-lee met-with person/olaf-scholz"}},
		{"titles", "Kenya was hit by protests on Monday. Police in Kenya fired tear gas. Kenya's opposition called for calm. Later Uganda criticised the protests. President Museveni said Kenya was unstable.", // a sentence opening with another country before the title
			nil, []string{"person/museveni leader-of country/kenya"}},
		{"lives in", "Former minister Issa Tchiroma Bakary claimed victory. Tchiroma, who comes from the northern city of Garoua, called for protests.", // an inner word of a full name is that person
			[]string{"person/issa-tchiroma-bakary lives-in location/garoua"}, nil},
		{"lives in", "Kestutis Budrys comes from the port city of Klaipeda. Hamdok Mohamed, a Sudanese refugee from the town of Geneina, spoke. Hilario Condori, who lives in the town of Juli, ran. The letter comes from Vilnius. Oleg Ivanov came from Vilnius to attend the talks.", // where one is from, named by its kind; a letter has no home, a journey is no origin
			[]string{"person/kestutis-budrys lives-in location/klaipeda", "person/hamdok-mohamed lives-in location/geneina", "person/hilario-condori lives-in location/juli"},
			[]string{"person/oleg-ivanov lives-in location/vilnius"}},
		{"descriptions", "The Patriotic Liberation Front is active in the north. The group was founded by Jean Abena in 2019.", // the body the text named as a front
			[]string{"person/jean-abena founded org/patriotic-liberation-front"}, nil},
		{"descriptions", "Chilean lithium producer Andes Litio Corp. said it would expand. The Santiago-based company was founded by Camila Rojas in 2018.", // the producer is a company
			[]string{"org/andes-litio-corp based-in location/santiago", "person/camila-rojas founded org/andes-litio-corp"}, nil},
		{"descriptions", "The FARC, a rebel group, lost ground. The army killed Raul Reyes, a top rebel commander.", // "the army" is the state's
			nil, []string{"org/farc killed person/raul-reyes"}},
		{"descriptions", "Boris Pistorius arrived in Vilnius. The brigade will be ready by 2027, officials said. The base is large. On Monday, he met Lithuanian President Gitanas Nauseda.",
			nil, []string{"person/boris-pistorius met-with person/gitanas-nauseda"}}, // two sentences between: too far back
		{"descriptions", "Boris Pistorius arrived in Vilnius. The brigade will be ready by 2027, officials said. On Monday, he met Lithuanian President Gitanas Nauseda.", // "he" past a sentence that names nobody
			[]string{"person/boris-pistorius met-with person/gitanas-nauseda"}, nil},
		{"titles", "The EU ministers met. Party Secretary-General Li Wei spoke.", // a party's secretary-general
			nil, []string{"person/li-wei leader-of org/european-union"}},
		{"titles", "Pentagon Press Secretary John Kirby and Lloyd Austin spoke.", // a singular one does not
			nil, []string{"person/lloyd-austin works-for org/us-department-of-defense"}},
		{"titles", "Opposition leader Alexei Navalny was jailed in Russia.",
			nil, []string{"person/alexei-navalny leader-of country/russia"}},
		{"titles", "Ukraine's Deputy Prime Minister Olha Stefanishyna spoke in Brussels.",
			[]string{"person/olha-stefanishyna works-for country/ukraine"}, []string{"person/olha-stefanishyna leader-of country/ukraine"}},
		{"titles", "In the Netherlands President Bush praised the court.",
			nil, []string{"person/bush leader-of country/netherlands"}},
		{"appositions", "Sergei Lavrov, the foreign minister of Russia, spoke to reporters on Monday.",
			[]string{"person/sergei-lavrov works-for country/russia / foreign minister"}, []string{"person/sergei-lavrov leader-of country/russia"}},
		{"appositions", "Cem Özdemir, leader of the Green Party, called for calm.",
			[]string{"person/cem-ozdemir leader-of org/green-party", "person/cem-ozdemir member-of org/green-party"}, nil},
		{"appositions", "Vladimir Simonko, head of the Lithuanian Gay League, told AFP.",
			[]string{"person/vladimir-simonko leader-of org/lithuanian-gay-league"}, []string{"person/vladimir-simonko leader-of country/lithuania"}},
		{"appositions", "Elmer Funke Kupper had been CEO of the Australian Securities Exchange since 2011.",
			[]string{"person/elmer-funke-kupper leader-of org/australian-securities-exchange"}, nil},
		{"appositions", "Andre Rwisereka, the deputy leader of the opposition Democratic Green Party of Rwanda, was found dead.",
			[]string{"person/andre-rwisereka leader-of org/democratic-green-party-of-rwanda / deputy leader"}, nil},
		{"appositions", "Elias Isaac, director of the internationally recognized non-governmental organization Open Society in Angola, confirmed this.",
			[]string{"person/elias-isaac leader-of org/open-society"}, []string{"person/elias-isaac leader-of country/angola"}},
		{"appositions", "Mamata Banerjee, chief minister of West Bengal, told reporters.",
			[]string{"person/mamata-banerjee leader-of location/west-bengal"}, []string{"person/mamata-banerjee leader-of country/india"}},
		{"titles", "Green Party co-leader Cem Özdemir has received threats.",
			[]string{"person/cem-ozdemir leader-of org/green-party / co-leader"}, nil},
		{"titles", "The mosque welcomed the vice-president of the Bundestag, Petra Pau, and the mayor of Berlin, Michael Müller.",
			[]string{"person/petra-pau leader-of org/bundestag / vice-president", "person/michael-muller leader-of location/berlin"},
			[]string{"person/michael-muller leader-of country/germany"}},
		{"possessives", "The National Front denied it. The party's leader, Marine Le Pen, accused the government.",
			[]string{"person/marine-le-pen leader-of org/national-rally", "person/marine-le-pen member-of org/national-rally"}, nil},
		{"appositions", "The results were good, said John Smith, Deutsche Bank's chief executive.",
			[]string{"person/john-smith leader-of org/deutsche-bank / chief executive"}, nil},
		{"appositions", "Maria Lopez, a senior Interior Ministry official, declined to comment.",
			[]string{"person/maria-lopez works-for org/interior-ministry / official"}, nil},
		{"appositions", "Peter Brown, of the World Bank's research department, said so.",
			[]string{"person/peter-brown member-of org/world-bank"}, nil},
		{"titles", "Germany is worried. Germany said so. Germany acted. Last week, in the eastern state of Saxony, State Premier Stanislaw Tillich confirmed reports.",
			[]string{"person/stanislaw-tillich leader-of location/saxony / State Premier"}, []string{"person/stanislaw-tillich leader-of country/germany"}},
		{"possessives", "Gaza's prime minister, Ismail Haniya, greeted the visitors.",
			[]string{"person/ismail-haniya leader-of location/gaza-strip"}, nil},
		{"possessives", "Barcelona's Andres Iniesta was named best player.",
			[]string{"person/andres-iniesta member-of org/barcelona"}, nil},
		{"led by", "Ukraine, led by President Volodymyr Zelensky, asked for help.",
			[]string{"person/volodymyr-zelensky leader-of country/ukraine"}, nil},

		// Meetings.
		{"meetings", "Chinese President Xi Jinping and Taiwan's then-President Ma Ying-jeou met in Singapore in November 2015. Palestinian leader Yasser Arafat and Israeli Prime Minister Yitzhak Rabin shook hands on the White House lawn.",
			[]string{"person/ma-ying-jeou met-with person/xi-jinping", "person/yasser-arafat met-with person/yitzhak-rabin", "person/ma-ying-jeou leader-of country/taiwan / then-President"}, nil},
		{"meetings", "Arafat and Rabin did not shake hands. Jordan and Israel signed a treaty after negotiations between King Hussein and Prime Minister Yitzhak Rabin.",
			[]string{"person/hussein negotiates-with person/yitzhak-rabin", "person/hussein met-with person/yitzhak-rabin"}, []string{"person/arafat met-with person/yitzhak-rabin"}},
		{"negotiates", "Australian Foreign Minister Penny Wong met her Chinese counterpart Wang Yi in Beijing for talks. Trump met Putin at a military base in Anchorage, Alaska, in August 2025 for talks on ending the war. Nelson Mandela negotiated the end of apartheid with President F.W. de Klerk.",
			[]string{"person/penny-wong negotiates-with person/wang-yi @met-for-talks", "person/putin negotiates-with person/trump @met-for-talks", "person/fw-de-klerk negotiates-with person/nelson-mandela"}, nil},
		{"negotiates", "Lavrov met Wang Yi in Beijing ahead of a trip to Pyongyang for talks. Kishida met Biden in Washington in preparation for talks with Xi Jinping. Talks between Netanyahu and Abbas have not taken place since 2014. Erdogan offered to host talks between Benjamin Netanyahu and Mahmoud Abbas. Witkoff negotiated the deal with Putin's blessing. Modi met Putin in Moscow, and Indian officials later held talks with Lavrov.",
			nil, []string{"person/lavrov negotiates-with person/wang-yi", "person/biden negotiates-with person/kishida", "person/biden met-with person/xi-jinping",
				"person/benjamin-netanyahu negotiates-with person/mahmoud-abbas", "person/benjamin-netanyahu met-with person/mahmoud-abbas",
				"person/putin negotiates-with person/witkoff", "person/lavrov met-with person/modi", "person/lavrov met-with person/putin"}},
		{"employment", "Kim works for Samsung's rival LG. Ivan Petrov works for Gazprom's Italian partner Eni.",
			[]string{"person/kim member-of org/lg", "person/ivan-petrov member-of org/eni"}, []string{"person/kim member-of org/samsung-electronics", "person/ivan-petrov member-of org/gazprom"}}, // the firm the possessive names another
		{"negotiates", "Russia's President Vladimir Putin was meeting President Bush at the White House Friday for talks on bilateral issues. Russian Deputy Foreign Minister Grigory Karasin met with Ukrainian officials in Kiev Tuesday.",
			[]string{"person/vladimir-putin negotiates-with person/bush", "person/grigory-karasin met-with country/ukraine"}, nil}, // talks at a seat of power; a state's officials met
		{"negotiates", "Ukrainian President Viktor Yushchenko met with Ukrainian officials in Kiev.",
			nil, []string{"person/viktor-yushchenko met-with country/ukraine"}}, // one's own officials
		{"negotiates", "Karasin met with Ukrainian protesters in Kiev. Putin met Bush at the White House before a trip to Beijing for talks with Xi.",
			nil, []string{"person/karasin met-with country/ukraine", "person/putin negotiates-with person/bush"}}, // protesters are no state's envoys; the later trip's talks
		{"negotiates", "Representatives of the European Union and China have begun a fourth day of talks in Beijing to resolve a trade dispute. Iran and Russia concluded two rounds of talks.",
			[]string{"org/european-union negotiates-with country/china", "country/iran negotiates-with country/russia"}, nil}, // talks begun, a span or a round of them
		{"negotiates", "President Chavez said he expects a meeting with Colombian President Alvaro Uribe Thursday in Caracas. Rahlves won the race by beating Austrian Michael Walchhofer in Wengen, Switzerland.",
			nil, []string{"person/chavez met-with person/alvaro-uribe", "person/michael-walchhofer lives-in location/wengen"}}, // expected only; where the race was
		{"negotiates", "Obama met Karzai for dinner. Blinken met Wang Yi in Beijing, and later left for talks in Tokyo with Kishida. Mandela negotiated the release of prisoners held by the government with help from Kenya.",
			nil, []string{"person/karzai negotiates-with person/obama", "person/kishida met-with person/wang-yi", "country/kenya negotiates-with person/mandela"}},
		{"leader-of", "Kyrgyzstan and Tajikistan signed a treaty after their leaders, Sadyr Japarov and Emomali Rahmon respectively, met. Russian forces advanced from Belarus, whose leader Alexander Lukashenko allowed it.",
			[]string{"person/sadyr-japarov leader-of country/kyrgyzstan", "person/emomali-rahmon leader-of country/tajikistan", "person/alexander-lukashenko leader-of country/belarus"},
			[]string{"person/sadyr-japarov leader-of country/tajikistan", "person/emomali-rahmon leader-of country/kyrgyzstan"}}, // each in turn
		{"leader-of", "Armenia and Azerbaijan initialled a peace text after their leaders, Ilham Aliyev and Nikol Pashinyan, met. The opposition in Belarus, whose leader Svetlana Tikhanovskaya lives in exile, called for sanctions.",
			nil, []string{"person/ilham-aliyev leader-of country/armenia", "person/nikol-pashinyan leader-of country/azerbaijan", "person/svetlana-tikhanovskaya leader-of country/belarus"}}, // any order; the opposition's leader
		{"leader-of", "Israel and Hamas said their leaders, Benjamin Netanyahu, Yahya Sinwar and Ismail Haniyeh, would decide. He met Smith, whose wife Jane Smith is a doctor.",
			nil, []string{"person/benjamin-netanyahu leader-of org/hamas", "person/yahya-sinwar leader-of country/israel"}}, // lists of other lengths pair none
		{"leader-of", "Bolivian President Evo Morales, the country's first Indigenous leader, resigned in November 2019. Peruvian President Pedro Castillo was removed by Congress. Pakistani Prime Minister Imran Khan was ousted in a no-confidence vote.",
			[]string{"person/evo-morales leader-of country/bolivia / former President", "person/pedro-castillo leader-of country/peru / former President", "person/imran-khan works-for country/pakistan / former Prime Minister"}, nil}, // the office left
		{"leader-of", "British Prime Minister Theresa May refused to step down. Israeli Prime Minister Benjamin Netanyahu said he would not resign. Japanese Prime Minister Shinzo Abe resigned as party leader.",
			[]string{"person/theresa-may leader-of country/united-kingdom / Prime Minister", "person/benjamin-netanyahu leader-of country/israel / Prime Minister", "person/shinzo-abe leader-of country/japan / Prime Minister"}, nil},
		{"member-of", "Guatemala's President Bernardo Arevalo, son of the country's first democratically elected president Juan Jose Arevalo, took office despite efforts to suspend his Semilla party.",
			[]string{"person/bernardo-arevalo member-of org/semilla"}, []string{"person/juan-jose-arevalo member-of org/semilla"}}, // "his": the one the kinship apposition describes
		{"leader-of", "Mikhail Gorbachev, the last leader of the Soviet Union, was not invited.",
			[]string{"person/mikhail-gorbachev leader-of country/soviet-union / last leader"}, nil},
		{"citizen-of", "Mark Carney succeeded Justin Trudeau as Canadian prime minister.",
			[]string{"person/justin-trudeau citizen-of country/canada @succeeded", "person/justin-trudeau leader-of country/canada / former prime minister"}, nil}, // the head before him
		{"leader-of", "Mark Carney succeeded Justin Trudeau as Liberal Party leader and Canadian prime minister in March 2025. Carney became Liberal Party leader and Justin Trudeau resigned.",
			[]string{"person/mark-carney leader-of country/canada / prime minister", "person/mark-carney leader-of org/liberal-party"},
			[]string{"person/justin-trudeau leader-of org/liberal-party / leader"}}, // two offices taken at once
		{"founded", "The United States, Britain and Australia founded the AUKUS security pact in September 2021. The Shanghai Cooperation Organisation was founded in 2001 by China and Russia.",
			[]string{"country/united-states founded org/aukus", "country/australia member-of org/aukus @founded-verb-founder", "country/china member-of org/sco", "country/russia founded org/sco"}, nil}, // states stay in what they found
		{"seeks-membership", "Armenia launched an EU membership bid. Ukraine submitted its NATO application in 2022. Georgia has not launched an EU membership bid. Moldova may launch a NATO bid.",
			[]string{"country/armenia seeks-membership org/european-union", "country/ukraine seeks-membership org/nato"},
			[]string{"country/georgia seeks-membership org/european-union", "country/moldova seeks-membership org/nato"}},
		{"allied-with", "Eritrean troops fought alongside Ethiopian federal forces against the TPLF. Wagner Group mercenaries fought for Mali's junta. Alexei Navalny fought for Russia's freedom. Kenya fought for the title against Uganda.",
			[]string{"country/eritrea allied-with country/ethiopia @fought-alongside", "org/wagner-group supports country/mali @fought-for"},
			[]string{"person/alexei-navalny supports country/russia", "country/kenya supports country/uganda"}},
		{"aids", "Argentine President Javier Milei secured a 20 billion dollar loan programme from the International Monetary Fund. Muizzu later accepted Indian financial support. Greece did not receive a loan from Russia. Smith received an award from the Queen.",
			[]string{"org/imf aids person/javier-milei", "country/india aids person/muizzu"}, []string{"country/russia aids country/greece"}},
		{"leader-of", "The Afghan government of President Ashraf Ghani was excluded from the talks. Iraq's government of Prime Minister Nouri al-Maliki welcomed it. The government of President Joe Biden objected.",
			[]string{"person/ashraf-ghani leader-of country/afghanistan @government-of", "person/nouri-al-maliki leader-of country/iraq @government-of"}, nil},
		{"leader-of", "Keiko Fujimori, daughter of the former president and leader of the Popular Force party, lost the runoff. Evo Morales, the country's first Indigenous leader and head of the Movement Towards Socialism, resigned.",
			[]string{"person/keiko-fujimori leader-of org/popular-force @apposition-and-title", "person/evo-morales leader-of org/movement-towards-socialism @apposition-and-title"}, nil},
		{"leader-of", "Jane Doe, wife of the minister and head of the Red Cross chapter in Ohio, spoke.",
			nil, []string{"person/jane-doe leader-of org/icrc"}}, // a chapter's head
		{"meetings", "Ukrainian President Volodymyr Zelensky, French President Emmanuel Macron, and German Chancellor Friedrich Merz met in Kyiv.",
			[]string{"person/emmanuel-macron met-with person/volodymyr-zelensky", "person/friedrich-merz met-with person/volodymyr-zelensky", "person/emmanuel-macron met-with person/friedrich-merz"}, nil},
		{"attacks", "The US struck Syria on Friday, and Russia condemned the attack. Poland joined NATO in 1999, and the EU in 2004.",
			[]string{"country/united-states attacked country/syria", "country/poland member-of org/european-union"}, []string{"country/united-states attacked country/russia"}}, // a name after a date and ", and" with a verb of its own opens a clause
		{"based-in", "In another development, the U.S. military says the Fourth Iraqi Army division has officially assumed the lead from the 101st U.S. Airborne division.",
			nil, []string{"org/fourth-iraqi-army based-in country/united-states"}}, // a body named after another country
		{"lists", "The United States, the United Kingdom, and France sanctioned Iran. Poland, the Czech Republic, and Hungary joined NATO in 1999. Iran supports Hamas and Hezbollah, and the Houthis in Yemen.",
			[]string{"country/united-states sanctions country/iran", "country/united-kingdom sanctions country/iran", "country/poland member-of org/nato", "country/czech-republic member-of org/nato", "country/iran supports org/houthis"}, nil}, // an item's phrase before ", and"; a second "and" without a verb of its own
		{"lists", "Journalist Hamza Dahdouh was killed in Gaza in January according to a tally by the Committee to Protect Journalists. Pope Leo appealed for talks between Vladimir Putin and Volodymyr Zelensky. Abbas Araghchi and Steve Witkoff held Omani-mediated talks in Muscat. Russia said that any country launching a NATO membership bid would be a target.",
			nil, []string{"org/committee-to-protect-journalists killed person/hamza-dahdouh", "person/vladimir-putin negotiates-with person/volodymyr-zelensky", "person/vladimir-putin met-with person/volodymyr-zelensky",
				"person/abbas-araghchi met-with person/steve-witkoff", "country/russia seeks-membership org/nato"}},
		{"aids", "Colombian soldiers fought for Ukraine after being recruited online. Indian soldiers fought for Britain in both world wars. Donald Trump secured support from Republicans for the tax bill. The Pentagon secured funding from Congress. Israel secured American diplomatic support at the UN.",
			nil, []string{"country/colombia supports country/ukraine", "country/india supports country/united-kingdom", "org/republican-party-us aids person/donald-trump", "country/united-states aids country/israel"}},
		{"founded", "Iran founded Hezbollah in 1982 to fight Israel. Qatar founded Al Jazeera in 1996.",
			[]string{"country/iran founded org/hezbollah"}, []string{"country/iran member-of org/hezbollah", "country/qatar member-of org/al-jazeera"}}, // a proxy, a broadcaster: no club of states
		{"founded", "Ismael El Mayo Zambada, a co-founder of the Sinaloa cartel, was flown to Texas. Sinaloa cartel leader Joaquin Guzman was extradited.",
			[]string{"person/ismael-el-mayo-zambada founded org/sinaloa-cartel", "person/joaquin-guzman leader-of org/sinaloa-cartel"}, nil}, // a gang named after its home ground
		{"opposes", "Mr. Tadic repeated Serbia's opposition to an independent Kosovo. Iran was sanctioned by the United States because of its support for Hamas.",
			[]string{"country/serbia opposes country/kosovo @opposes-noun", "country/iran supports org/hamas @supports-noun"}, []string{"country/united-states supports org/hamas"}}, // "its" after a passive's agent: the subject's
		{"opposes", "He criticized Washington, saying the group is singled out by the United States because of its opposition to Israel.",
			nil, []string{"country/united-states opposes country/israel"}}, // the group's, which no name gives
		{"opposes", "Alexei Navalny, an outspoken critic of Vladimir Putin, died. Kremlin critic Vladimir Kara-Murza was freed. Putin critic Boris Nemtsov was shot dead.",
			[]string{"person/alexei-navalny opposes person/vladimir-putin", "person/vladimir-kara-murza opposes country/russia", "person/boris-nemtsov opposes person/vladimir-putin"}, nil},
		{"opposes", "Punjab Governor Salmaan Taseer, an outspoken critic of Pakistan's blasphemy laws, was shot dead. Russian critic Ivan Petrov reviewed the film.",
			nil, []string{"person/salmaan-taseer opposes country/pakistan", "person/ivan-petrov opposes country/russia"}}, // the laws, not the state; a reviewer
		{"opposes", "Egypt's army chief Abdel Fattah al-Sisi ousted President Mohamed Morsi in July 2013. Turkey fought the PKK for decades.",
			[]string{"person/abdel-fattah-al-sisi opposes person/mohamed-morsi", "country/turkey opposes org/pkk"}, nil},
		{"opposes", "Sisi did not oust Morsi. Rebels plan to topple Assad. Spain fought Italy to a 1-1 draw. The ousted president Morsi met Sisi.",
			nil, []string{"person/sisi opposes person/morsi", "country/spain opposes country/italy"}},
		{"opposes", "Croatia ousted Brazil in the quarterfinals in Qatar. Djokovic ousted Rafael Nadal at Roland Garros. The SEC deposed Elon Musk in Washington. Russian jets struck Syrian rebel positions in Idlib.",
			nil, []string{"country/croatia opposes country/brazil", "person/djokovic opposes person/rafael-nadal", "person/elon-musk opposes org/sec", "country/russia attacked country/syria"}},
		{"opposes", "Murray ousted third-seeded American Robby Ginepri (04-Jun, 06-Apr, 06-Mar). Police say Anthony Lovato fought Wayne Hughes in a parking structure.",
			nil, []string{"person/murray opposes person/robby-ginepri", "person/anthony-lovato opposes person/wayne-hughes"}}, // a match; a brawl
		{"attacks", "Israeli jets struck Iranian nuclear sites. Iranian drones struck Saudi oil facilities. Protesters attacked Iranian diplomats.",
			[]string{"country/israel attacked country/iran", "country/iran attacked country/saudi-arabia"}, nil},
		{"negotiates", "Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff held five rounds of Omani-mediated nuclear talks, though Tehran insisted the exchanges were indirect.",
			[]string{"person/abbas-araghchi negotiates-with person/steve-witkoff"}, []string{"person/abbas-araghchi met-with person/steve-witkoff"}}, // talks through a go-between are no meeting
		{"negotiates", "U.S. envoy Zalmay Khalilzad negotiated for more than a year with Taliban co-founder Abdul Ghani Baradar in Doha. Britain negotiated for weeks over the text.",
			[]string{"person/abdul-ghani-baradar negotiates-with person/zalmay-khalilzad"}, nil},
		{"meetings", "Israeli Defense Minister Shaul Mofaz and Palestinian Mohammed Dahlan began their talks hours later.",
			[]string{"person/mohammed-dahlan met-with person/shaul-mofaz"}, nil},
		{"meetings", "Ariel Sharon will meet Mahmoud Abbas and Jordan's King Abdullah Tuesday in Sharm el-Sheikh. Solana spoke after meeting with Israel's Foreign Minister Tzipi Livni in Tel Aviv.",
			nil, []string{"person/abdullah-jordan lives-in location/sharm-el-sheikh", "person/tzipi-livni lives-in location/tel-aviv"}}, // where they meet
		{"meetings", "There are no plans for a meeting in Moscow between Hu Jintao and Junichiro Koizumi. Barack Obama will visit Moscow for meetings with Russian President Dmitry Medvedev.",
			nil, []string{"person/hu-jintao met-with person/junichiro-koizumi", "person/barack-obama met-with person/dmitry-medvedev"}}, // none planned; planned
		{"meetings", "Rice made the comments during a news conference in Nova Scotia with Canadian Foreign Minister Peter MacKay.",
			[]string{"person/rice met-with person/peter-mackay"}, nil}, // a joint news conference
		{"meetings", "Putin told a news conference with reporters that he was pleased. Mr. Bush said he will hold a news conference with Tony Blair on Friday.",
			nil, []string{"person/bush met-with person/tony-blair"}},
		{"meetings", "German Chancellor Angela Merkel flew to Paris. She held talks with French President Emmanuel Macron there.",
			[]string{"person/angela-merkel met-with person/emmanuel-macron"}, nil}, // the light verb's subject, a pronoun
		{"meetings", "Gerhard Schroeder flew to Paris. He said he wants to hold talks with French President Jacques Chirac.",
			nil, []string{"person/gerhard-schroeder met-with person/jacques-chirac"}},
		{"meetings", "Iran's Foreign Minister Manouchehr Mottaki arrived in Damascus on Sunday. The foreign minister met Syrian President Bashar al-Assad.",
			[]string{"person/bashar-al-assad met-with person/manouchehr-mottaki"}, // a description naming the office
			[]string{"person/manouchehr-mottaki leader-of country/iran"}},
		{"meetings", "Foreign Minister Sergei Lavrov and Prime Minister Mikhail Fradkov arrived. The minister met Condoleezza Rice.",
			nil, []string{"person/condoleezza-rice met-with person/sergei-lavrov", "person/condoleezza-rice met-with person/mikhail-fradkov"}}, // two ministers: neither
		{"meetings", "President Arroyo met last month with Burma's leader, Lieutenant-General Soe Win. President Bush and Afghan President Hamid Karzai expressed a desire to return detainees when they met in Washington in May.", // a rank after the comma; "when they met"
			[]string{"person/arroyo met-with person/soe-win", "person/bush met-with person/hamid-karzai"}, nil},
		{"meetings", "After meeting all night in Abuja, President Olusegun Obasanjo and Congo Republic's President Denis Sassou Nguesso pledged further talks.", // the subjects after the gerund's circumstances
			[]string{"person/denis-sassou-nguesso met-with person/olusegun-obasanjo"}, nil},
		{"meetings", "President Bush met at the White House Monday with Burmese human rights activist Charm Tong.", // a nationality and a trade before the name
			[]string{"person/bush met-with person/charm-tong"}, []string{"country/myanmar met-with person/bush"}},
		{"meetings", "The call followed talks between U.S. Assistant Secretary of State James Kelly and his South Korean and Russian counterparts.", // someone's counterparts are no states
			nil, []string{"country/south-korea negotiates-with person/james-kelly"}},
		{"meetings", "President Bush and British Prime Minister Tony Blair said after meeting in Washington that they were close to a deal. South Korean President Roh Moo-hyun and his Mexican counterpart, Vicente Fox, met in Mexico City.", // subjects who met; a counterpart set off by commas
			[]string{"person/bush met-with person/tony-blair", "person/roh-moo-hyun met-with person/vicente-fox"}, nil},
		{"meetings", "Shimon Peres held talks with Palestinian Cabinet Minister Mohmmed Dahlan. Yudhoyono spoke during a meeting with visiting Palestinian President Mahmoud Abbas.", // title adjectives before the name
			[]string{"person/mohmmed-dahlan met-with person/shimon-peres", "person/mahmoud-abbas met-with person/yudhoyono"}, nil},
		{"meetings", "Putin suggested a conference after meeting in Cairo with Egyptian President Hosni Mubarak. Gela Bezhuashvili held talks in Moscow Wednesday with Russian Foreign Minister Sergei Lavrov.", // when and where before "with"
			[]string{"person/hosni-mubarak met-with person/putin", "person/gela-bezhuashvili met-with person/sergei-lavrov"}, nil},
		{"meetings", "Fillon held talks with Chinese President Hu Jintao, a day after meeting Premier Wen Jiabao. After meeting Premier Li Peng, Smith said the talks went well.", // the clause's subject met the one after the gerund
			[]string{"person/fillon met-with person/wen-jiabao", "person/li-peng met-with person/smith"}, []string{"person/hu-jintao met-with person/wen-jiabao"}},
		{"meetings", "Mr. Abbas and Prime Minister Ismail Haniyeh are expected to hold mediation talks in Jordan with King Abdullah. Sarkozy will attend the meeting in Ramallah with Abbas.", // planned
			nil, []string{"person/abdullah met-with person/ismail-haniyeh", "person/abbas met-with person/sarkozy"}},
		{"meetings", "Chavez has met twice with the ailing former Cuban leader Fidel Castro. Rice spoke during a meeting with Uganda's foreign minister, Sam Kutesa, on Friday.",
			[]string{"person/chavez met-with person/fidel-castro", "person/rice met-with person/sam-kutesa"}, nil},
		{"meetings", "Secretary of State Colin Powell and United Nations Secretary-General Kofi Annan met in Washington. Bush met with Jordan's King Abdullah. Kellenberger also met Monday with Secretary of State Condoleezza Rice.", // titled names in a list; a possessor's titled person; an office's portfolio
			[]string{"person/colin-powell met-with person/kofi-annan", "person/abdullah-jordan met-with person/bush", "person/condoleezza-rice met-with person/kellenberger"}, nil},
		{"meetings", "Mr. Obama and Vice President Joe Biden are meeting with Democratic senators for lunch.", // together with others
			nil, []string{"person/joe-biden met-with person/obama"}},
		{"meetings", "Ivanov also is meeting today at the White House with President Bush. Rice met on Monday in Moscow with Lavrov.", // when and where, then whom
			[]string{"person/bush met-with person/ivanov", "person/lavrov met-with person/rice"}, nil},
		{"meetings", "Rice met in Moscow, and later spoke with Lavrov by phone.",
			nil, []string{"person/lavrov met-with person/rice"}},
		{"meetings", "After meeting with Mubarak in Cairo, Abbas flew to Amman. Kim Jong Il played host to Chinese President Hu Jintao in Pyongyang.", // the subject after an opening phrase with its place; a host
			[]string{"person/abbas met-with person/mubarak", "person/hu-jintao met-with person/kim-jong-il"}, nil},
		{"meetings", "Annan conferred with Sharon by telephone.", // a call is no meeting
			nil, []string{"person/annan met-with person/sharon"}},
		{"meetings", "Volodymyr Zelensky visited Joe Biden at the White House. Jill Biden was visiting Olena Zelenska in Kyiv.",
			[]string{"person/joe-biden met-with person/volodymyr-zelensky", "person/jill-biden met-with person/olena-zelenska"}, nil},
		{"meetings", "Joe Biden visited Kyiv. Vladimir Putin did not visit Xi Jinping. Hillary Clinton visited Vladimir Putin's Russia.",
			nil, []string{"person/joe-biden met-with location/kyiv", "person/vladimir-putin met-with person/xi-jinping", "person/hillary-clinton met-with person/vladimir-putin"}}, // a place visited; negation; what a person owns
		{"meetings", "The summit brought together Vladimir Putin and Recep Tayyip Erdogan. Joe Biden shook hands with Xi Jinping. Ann Lee hosted a state banquet in honor of Fumio Kishida.",
			[]string{"person/recep-tayyip-erdogan met-with person/vladimir-putin", "person/joe-biden met-with person/xi-jinping", "person/ann-lee met-with person/fumio-kishida"}, nil},
		{"meetings", "Joe Biden did not shake hands with Xi Jinping. Ann Lee hosted a dinner for donors. The war brought together France and Britain.",
			nil, []string{"person/joe-biden met-with person/xi-jinping", "country/france met-with country/united-kingdom"}},
		{"meetings", "King Salman of Saudi Arabia received Vladimir Putin. Envoys of France met Xi Jinping.",
			[]string{"person/salman met-with person/vladimir-putin"}, []string{"country/france met-with person/xi-jinping"}}, // the person of a country is the subject; envoys of one are not it
		{"meetings", "Putin met with Lukashenko in Moscow on Friday.",
			[]string{"person/lukashenko met-with person/putin"}, nil},
		{"meetings", "Russian President Vladimir Putin arrived in Pyongyang. Kim Jong Un welcomed the Russian leader at the airport.",
			[]string{"person/kim-jong-un met-with person/vladimir-putin"}, nil},
		{"meetings", "Macron welcomed Biden's decision, and Germany welcomed Scholz to the talks.",
			nil, []string{"person/biden met-with person/macron", "country/germany met-with person/scholz"}},
		{"meetings", "The meeting between Erdogan and Putin took place in Sochi.",
			[]string{"person/erdogan met-with person/putin"}, nil},
		{"meetings", "During a meeting between Russian Prime Minister Vladimir Putin and his Japanese counterpart Taro Aso, both sides said so.",
			[]string{"person/taro-aso met-with person/vladimir-putin"}, nil},
		{"meetings", "Putin and Xi Jinping held a summit in Beijing.",
			[]string{"person/putin met-with person/xi-jinping"}, nil},
		{"meetings", "Belarusian President Alexander Lukashenko arrived in Moscow. The Belarusian leader met Putin on Friday.",
			[]string{"person/alexander-lukashenko met-with person/putin"}, nil},
		{"meetings", "Putin spoke. The Belarusian leader met him on Friday.", // no Belarusian leader named before
			nil, []string{"person/putin met-with person/putin"}},
		{"meetings", "Belarusian President Alexander Lukashenko arrived. The Belarusian leader did not meet Biden.",
			nil, []string{"person/alexander-lukashenko met-with person/biden"}},
		{"meetings", "Putin, Russia's president, refused to meet Volodymyr Zelensky.",
			nil, []string{"person/putin met-with person/volodymyr-zelensky"}},
		{"meetings", "Pope Benedict XVI met Hugo Chavez. The Venezuelan leader assured the pope of his commitment.",
			[]string{"person/benedict-xvi met-with person/hugo-chavez"}, []string{"person/benedict-xvi leader-of country/venezuela"}},
		{"negotiates", "Iranian officials said Tehran was in talks with Russia about nuclear fuel. Iran is not in talks with the European Union.", // "in talks with" after a copula
			[]string{"country/iran negotiates-with country/russia"}, []string{"country/iran negotiates-with org/european-union"}},
		{"negotiates", "Brazilian President Lula and his Colombian counterpart, Alvaro Uribe, held talks that included the dispute between Colombia and Venezuela.",
			nil, []string{"person/alvaro-uribe negotiates-with country/colombia"}},
		{"meetings", "In Moscow, Putin met Erdogan.", // "Moscow, Putin" is no list: a list ends in "and"
			[]string{"person/erdogan met-with person/putin"}, nil},
		{"meetings", "The two leaders, Putin and Erdogan, met in Sochi.",
			[]string{"person/erdogan met-with person/putin"}, nil},
		{"meetings", "Putin, Russia's president, met Xi Jinping on Friday.", // the subject before an apposition
			[]string{"person/putin met-with person/xi-jinping"}, nil},
		{"meetings", "Lukashenko did not meet Biden.",
			nil, []string{"person/biden met-with person/lukashenko"}},
		{"meetings", "Putin may meet Biden next month.",
			nil, []string{"person/biden met-with person/putin"}},
		{"meetings", "Biden refused to meet Putin.",
			nil, []string{"person/biden met-with person/putin"}},
		{"meetings", "The dispute between Erdogan and Putin deepened.",
			nil, []string{"person/erdogan met-with person/putin"}},

		// Alliances.
		{"verbs", "Moscow's idea to have Iran enrich uranium in facilities in Russia is seen as a way out. It has been backed by the United States, China and the European Union. " +
			"The former chairman of the powerful Senate Armed Services Committee has openly criticized President Bush's handling of the war. " +
			"The lead has decreased as Mr. Schroeder's attacks on Ms. Merkel's economic plan have hit home.",
			nil, []string{"country/united-states supports country/russia", "org/senate-armed-services-committee opposes person/bush",
				"person/schroeder attacked person/merkel"}}, // "it" is what Moscow owns; an unnamed chairman; words against her plan
		{"parties", "Kagame's popularity with foreign donors has grown. His ruling Rwandan Patriotic Front party has overseen a trebling of incomes.",
			[]string{"person/kagame member-of org/rpf"}, nil}, // "his" is the owner's, not his popularity's
		{"meetings", "Secretary of State Condoleezza Rice leaves Sunday on a trip to the Middle East. Rice is expected to meet with Saudi King Abdullah and hold talks with " +
			"Egypt's president Hosni Mubarak and foreign minister Aboul Gheit. Later, she will meet with Palestinian Authority President Mahmoud Abbas.",
			[]string{"person/condoleezza-rice met-with person/mahmoud-abbas"}, []string{"person/aboul-gheit met-with person/mahmoud-abbas"}}, // "she" is the sentence subject before, once "Rice" is hers
		{"meetings", "Putin met Xi Jinping and Narendra Modi in Kazan.",
			[]string{"person/putin met-with person/xi-jinping", "person/narendra-modi met-with person/putin"}, nil}, // a list of objects
		{"meetings", "France's Richard Gasquet will meet Max Mirnyi of Belarus in the final of the Nottingham Open tennis tournament Saturday.",
			nil, []string{"person/max-mirnyi met-with person/richard-gasquet"}}, // a match
		{"meetings", "Colombia agreed to release rebel leader Francisco Galan to allow him to negotiate with civil society leaders about launching talks with the Uribe government.",
			nil, []string{"person/uribe met-with person/francisco-galan", "person/francisco-galan met-with person/uribe"}}, // a name modifying a noun
		{"alliances", "In 2006, Syria placed its forces on alert but did not intervene directly on behalf of its ally Hizballah. Syria said Hamas is not its ally.",
			[]string{"country/syria allied-with org/hezbollah"}, []string{"country/syria allied-with org/hamas"}}, // the clause's negation is not the alliance's
		{"alliances", "Thailand became a US treaty ally in 1954. Russia - a historically close ally of Serbia - objected.", // after a copula; set off by dashes
			[]string{"country/thailand allied-with country/united-states", "country/russia allied-with country/serbia"}, nil},
		{"alliances", "Thailand is not a US treaty ally.",
			nil, []string{"country/thailand allied-with country/united-states"}},
		{"alliances", "Australia is one of Washington's staunchest allies.", // one of the owner's allies
			[]string{"country/australia allied-with country/united-states"}, nil},
		{"alliances", "Australia is not one of Washington's allies.",
			nil, []string{"country/australia allied-with country/united-states"}},
		{"alliances", "Israel, the United States and allied Western states accuse Syria. Belarus and Russia remain closely allied.",
			[]string{"country/belarus allied-with country/russia"}, []string{"country/israel allied-with country/united-states"}}, // "allied" before a noun is someone else's
		{"alliances", "Belarus is Russia's closest ally. The two allies, France and Germany, held drills. Washington and Tokyo reaffirmed their alliance. Canada and Britain are treaty allies.",
			[]string{"country/belarus allied-with country/russia", "country/france allied-with country/germany",
				"country/japan allied-with country/united-states", "country/canada allied-with country/united-kingdom"}, nil},
		{"alliances", "Israel's close military alliance with the United States is strong. The alliance between Russia and Belarus deepened.",
			[]string{"country/israel allied-with country/united-states", "country/belarus allied-with country/russia"}, nil},
		{"alliances", "NATO's alliance with Ukraine was discussed.", nil, []string{"country/ukraine allied-with org/nato"}}, // only proposed
		{"alliances", "Belarus is not Russia's ally. Japan and South Korea, the two rivals, met. Washington and Tokyo reaffirmed their trade deal.",
			nil, []string{"country/belarus allied-with country/russia", "country/japan allied-with country/south-korea", "country/japan allied-with country/united-states"}},
		{"alliances", "Pakistan, a key U.S. ally, arrested him. U.S. allies Japan and South Korea protested. They came from Iran or its Lebanese ally Hezbollah.",
			[]string{"country/pakistan allied-with country/united-states", "country/japan allied-with country/united-states",
				"country/south-korea allied-with country/united-states", "country/iran allied-with org/hezbollah"},
			[]string{"country/lebanon allied-with org/hezbollah"}},
		{"alliances", "France and Germany signed a defence pact. Russia signed a mutual defence treaty with Belarus in 1997.", // a pact for defence allies
			[]string{"country/france allied-with country/germany", "country/belarus allied-with country/russia"}, nil},
		{"alliances", "China and Australia signed a trade pact. Ukraine and Russia did not sign a security pact. Iran and Iraq may sign a defence agreement.",
			[]string{"country/australia negotiates-with country/china"}, []string{"country/australia allied-with country/china", "country/russia allied-with country/ukraine", "country/iran allied-with country/iraq", "country/russia negotiates-with country/ukraine"}},
		{"negotiates-with", "Israel and Hamas signed a truce agreement. Russia signed a gas deal with China. The minister and his partners from Norway and Iceland signed an accord.", // an agreement signed was negotiated
			[]string{"country/israel negotiates-with org/hamas", "country/china negotiates-with country/russia"}, []string{"country/iceland negotiates-with country/norway"}},
		{"alliances", "Belarus, Russia's closest ally, hosted the drills.",
			[]string{"country/belarus allied-with country/russia"}, nil},
		{"alliances", "Iran's allies in the region, Syria and Hezbollah, condemned the strike.",
			[]string{"country/iran allied-with country/syria", "country/iran allied-with org/hezbollah"}, nil},
		{"alliances", "Israel and the United States are strategic allies.",
			[]string{"country/israel allied-with country/united-states"}, nil},
		{"alliances", "Minsk has strongly backed its ally Moscow.",
			[]string{"country/belarus allied-with country/russia", "country/belarus supports country/russia"}, nil},
		{"alliances", "Belarus's ally Russia sent troops.",
			[]string{"country/belarus allied-with country/russia"}, nil},
		{"alliances", "Russia and Belarus are close allies.",
			[]string{"country/belarus allied-with country/russia"}, nil},
		{"alliances", "Belarus and Kazakhstan have been allies of Russia since 1992.",
			[]string{"country/belarus allied-with country/russia", "country/kazakhstan allied-with country/russia"},
			[]string{"country/belarus allied-with country/kazakhstan"}},
		{"alliances", "China is not an ally of Russia.",
			nil, []string{"country/china allied-with country/russia"}},
		{"alliances", "Russia and Belarus might become allies.",
			nil, []string{"country/belarus allied-with country/russia"}},

		// Membership and the wish for it.
		{"membership", "The militants are aiding Dulmatin and Umar Patek, two key members of Jemaah Islamiyah.",
			[]string{"person/dulmatin member-of org/jemaah-islamiyah", "person/umar-patek member-of org/jemaah-islamiyah"}, nil}, // a count of members in apposition
		{"membership", "Ali Khan met Yusuf Shah and two members of the Taliban.", nil, []string{"person/yusuf-shah member-of org/taliban"}},
		{"membership", "Saudi Arabia is the world's largest oil supplier and the only member of the Organization of Petroleum Exporting Countries that could raise output. As a member of the West African Economic and Monetary Union (WAEMU), Senegal is working toward integration. The United States has been the last W.T.O. member to reach a pact with Russia.",
			[]string{"country/saudi-arabia member-of org/opec", "country/senegal member-of org/west-african-economic-and-monetary-union", "country/united-states member-of org/wto"}, nil},
		{"membership", "Sweden is not a NATO member. Russia is the only major economy that is not a WTO member.",
			nil, []string{"country/sweden member-of org/nato", "country/russia member-of org/wto"}},
		{"membership", "Workers from the two other new EU members, Cyprus and Malta, already have access. Macedonia is a candidate for NATO membership, but alliance member Greece has blocked its bid.", // members in apposition; the alliance named before
			[]string{"country/cyprus member-of org/european-union", "country/malta member-of org/european-union", "country/greece member-of org/nato",
				"country/north-macedonia seeks-membership org/nato"}, []string{"country/north-macedonia member-of org/nato"}},
		{"membership", "EU members, Russia and China met on Monday. Macedonia is not a candidate for NATO membership.", // a list of three; negated
			nil, []string{"country/russia member-of org/european-union", "country/north-macedonia seeks-membership org/nato"}},
		{"membership", "The European Union opened membership talks with Turkey early Tuesday. Montenegro is pursuing its own membership in the World Trade Organization.", // accession talks; pursuing membership
			[]string{"country/turkey seeks-membership org/european-union", "country/montenegro seeks-membership org/wto"}, []string{"country/turkey member-of org/european-union"}},
		{"membership", "The Shanghai Cooperation Organization groups China, Russia and four Central Asian states.", // a body grouping states
			[]string{"country/china member-of org/sco", "country/russia member-of org/sco"}, nil},
		{"membership", "Burma, Indonesia and Singapore all belong to the 10-member Association of Southeast Asian nations. Kazakhstan, which belongs to the CSTO, voted.",
			[]string{"country/myanmar member-of org/asean", "country/singapore member-of org/asean", "country/kazakhstan member-of org/csto"}, nil},
		{"membership", "Russia does not belong to NATO. The land belongs to Israel, and the weapons belonged to Hamas.",
			nil, []string{"country/russia member-of org/nato", "country/israel member-of org/hamas"}}, // negation; things belong to no body as members
		{"membership", "German Chancellor Angela Merkel's Christian Democrats won the vote.",
			[]string{"person/angela-merkel member-of org/cdu"}, nil},
		{"membership", "Mercosur, which includes Brazil and Argentina, met. The G7, comprising Japan, Italy and Canada, met. NATO's 30 members include Turkey. Poland and Hungary, both EU members, objected.",
			[]string{"country/brazil member-of org/mercosur", "country/japan member-of org/g7", "country/canada member-of org/g7", "country/turkey member-of org/nato",
				"country/poland member-of org/european-union", "country/hungary member-of org/european-union"}, nil},
		{"membership", "NATO met on Monday. Kuchma agreed to Ukraine's joining the new bloc, which includes Russia and Belarus.",
			nil, []string{"country/ukraine member-of org/nato", "country/russia member-of org/nato", "country/belarus member-of org/nato"}}, // a new bloc is none named before
		{"membership", "The talks included Brazil and Argentina. NATO's plan includes Ukraine's army.",
			nil, []string{"country/brazil member-of org/nato", "country/ukraine member-of org/nato"}}, // not a body's members
		{"membership", "The CSTO counts Armenia, Kazakhstan, Kyrgyzstan and Tajikistan as members.",
			[]string{"country/armenia member-of org/csto", "country/kazakhstan member-of org/csto", "country/kyrgyzstan member-of org/csto", "country/tajikistan member-of org/csto"}, nil},
		{"membership", "Kazakhstan, which joined the CSTO in 1992, hosted the summit. Finland and Sweden were accepted into NATO.", // a relative clause; a passive
			[]string{"country/kazakhstan member-of org/csto", "country/finland member-of org/nato", "country/sweden member-of org/nato"}, nil},
		{"membership", "Ukraine may be admitted to NATO. Turkey has not been accepted into the EU.",
			nil, []string{"country/ukraine member-of org/nato", "country/turkey member-of org/european-union"}},
		{"membership", "Sweden, NATO's newest member, held drills. EU members including France and Germany objected. Ukraine, NATO's partner, agreed.",
			[]string{"country/sweden member-of org/nato", "country/france member-of org/european-union", "country/germany member-of org/european-union"},
			[]string{"country/ukraine member-of org/nato"}},
		{"seeking membership", "Georgia, which aspires to NATO membership, protested. Moldova does not want NATO membership.",
			[]string{"country/georgia seeks-membership org/nato"}, []string{"country/moldova seeks-membership org/nato"}},
		{"places", "Gunmen in Mogadishu have killed the head of the U.N. Development Program for Somalia. The WFP halted convoys after an attack by the rebel Sudanese Liberation Army, SLA.",
			nil, []string{"org/undp based-in country/somalia", "org/sudanese-liberation-army based-in org/sla"}}, // an office for a country; a name's acronym
		{"places", "Only a few thousand people live in Port Nolloth, one of the few towns in the northwest corner of South Africa. The blast went off in Sibbi in the province of Baluchistan. The children were found in Pabnjachel in the northwestern department of Solola.",
			[]string{"location/port-nolloth located-in country/south-africa", "location/sibbi located-in location/balochistan", "location/pabnjachel located-in location/solola"}, nil}, // a part of a country; "in the province of", "in the northwestern department of"
		{"places", "The accident occurred on the Congo River in the western province of Bandundu.",
			nil, []string{"location/congo-river located-in location/bandundu"}}, // a river runs through more than one province
		{"places", "Toronto-headquartered Northstar Resources said on Friday it had reached a deal. Pieter van Dijk, chief executive of the oil major Meridian Energy, met Bola Adeyemi.",
			[]string{"org/northstar-resources based-in location/toronto", "person/pieter-van-dijk leader-of org/meridian-energy"}, nil},
		{"works for", "Among the signatories were Chairman Mao's former secretary Li Rui; the former head of the Communist Party's Propaganda Department, Zhu Houze; and Li Pu.",
			nil, []string{"person/li-rui member-of org/communist-party"}}, // items a semicolon parts (the pair classifier's guess)
		{"works for", "Israel has the right to defend itself, President Emmanuel Macron said. Russia attacked Ukraine again, President Volodymyr Zelensky said.",
			nil, []string{"person/emmanuel-macron leader-of country/israel", "person/emmanuel-macron works-for country/israel", "person/volodymyr-zelensky leader-of country/russia"}}, // a speaker's bare title is not the subject's country's
		{"lives in", "Substantial income is received annually from the Tuvalu Trust Fund (TTF) an international trust fund established in 1987 by Australia, NZ, and the UK. Twenty-eight-year-old Amir Cheema was arrested in March on charges of attempting to kill the editor of \"Die Welt\" newspaper for reprinting cartoons of the Prophet Muhammad, first published in Denmark last year.",
			nil, []string{"org/tuvalu-trust-fund based-in country/australia", "org/tuvalu-trust-fund based-in country/new-zealand", "person/prophet-muhammad lives-in country/denmark"}}, // founders are no seat; where a work came out is no one's home (the pair classifier's guesses)
		{"lives in", "In 1783, Washington Irving, author of \"Rip Van Winkle\" and \"The Legend of Sleepy Hollow,\" was born in New York City. Tom Miller is a Wilmington native. Ann Park was a South African citizen. Ruth Hale is not a Boston native.",
			[]string{"person/washington-irving lives-in location/new-york-city", "person/tom-miller lives-in location/wilmington", "person/ann-park citizen-of country/south-africa"},
			[]string{"person/ruth-hale lives-in location/boston"}}, // quoted titles in an apposition; "is a ... native"; negated
		{"lives in", "Spanish police arrested Karim Benali, a Moroccan national living in Barcelona, on suspicion of financing Islamic State. Edmundo Villalba, the Venezuelan opposition candidate now living in exile in Madrid, spoke.",
			[]string{"person/karim-benali lives-in location/barcelona", "person/edmundo-villalba lives-in location/madrid"}, []string{"person/karim-benali member-of org/islamic-state"}}, // an apposition's home; a suspicion is no membership
		{"member of", "Indonesia, already a member of the G20 and ASEAN, applied to join the OECD. Russia and Belarus, formal allies in a so-called Union State, began joint drills. Russia and Georgia, former allies in the Soviet Union, clashed.",
			[]string{"country/indonesia member-of org/g20", "country/indonesia member-of org/asean", "country/belarus allied-with country/russia"}, []string{"country/georgia allied-with country/russia"}},
		{"founded", "Wang Lei, who founded the Myawaddy-based online gambling company Golden Hub Entertainment, was arrested. Kenyan entrepreneur Wanjiru Kamau, who founded the mobile-lending startup PesaNow in 2015, joined the board.",
			[]string{"person/wang-lei founded org/golden-hub-entertainment", "person/wanjiru-kamau founded org/pesanow"}, nil}, // past the kind phrase to the name
		{"founded", "Chirac is opposed to sanctions against a Palestinian government formed by the militant group Hamas.",
			nil, []string{"country/palestine founded org/hamas"}},
		{"places", "Indian jets struck camps in Pakistan's Punjab province. Floods hit India's Punjab state. Born in Kabul, novelist Khaled Rahimi now lives in San Jose.",
			[]string{"location/punjab-pakistan located-in country/pakistan", "location/punjab-india located-in country/india", "person/khaled-rahimi lives-in location/kabul"}, nil}, // a name two countries' regions share, told apart by its owner
		{"member of", "Syria was readmitted to the Cairo-based Arab League at a summit in Jeddah. Qatar and Turkey, longstanding allies, signed 12 agreements. Ann Lee was admitted to Harvard University in 1990.",
			[]string{"country/syria member-of org/arab-league", "country/qatar allied-with country/turkey"}, []string{"person/ann-lee member-of org/harvard-university"}},
		{"lives in", "Brazilian police arrested Giuseppe Morabito, a senior member of Italy's 'Ndrangheta crime syndicate. Defending champion Andy Roddick of the United States and Croatia's Ivo Karlovic advanced. Polish prosecutors charged Belarusian citizen Andrei Kozlov, who lives in Rzeszow.",
			[]string{"person/andrei-kozlov citizen-of country/belarus"},
			[]string{"person/giuseppe-morabito lives-in country/italy", "person/andy-roddick lives-in country/croatia", "person/andrei-kozlov lives-in country/belarus"}}, // what a country owns is no one's home; a citizen may live abroad
		{"works for", "An Israeli airstrike killed senior Hamas commander Rafiq Salama, the Israeli military said. Ghana's President John Mensah appointed Ernest Addo as finance minister, replacing Ken Ofori, who resigned last week.",
			nil, []string{"person/rafiq-salama works-for country/israel", "person/ken-ofori leader-of country/ghana"}}, // a clause after the comma, no apposition; the appointee's office
		{"killed", "A Placerville jury convicted Highway 50 sniper Kenneth Earl Millikan of killing BART employee Peter J. Martinelli. John Smith was convicted of murdering his wife, Jane Smith. A judge ruled on the gun Jack Ruby used to kill Lee Harvey Oswald.",
			[]string{"person/kenneth-earl-millikan killed person/peter-j-martinelli", "person/john-smith killed person/jane-smith", "person/jack-ruby killed person/lee-harvey-oswald"}, nil}, // a conviction for a killing; a weapon used to kill
		{"killed", "A court convicted Ali Hassan of killing two people at a rally for Benazir Bhutto. A jury convicted Paul Reed of killing the bodyguard of President Omar Bongo. Brown used a hammer to kill the dog of neighbor Tom Hill. A jury convicted Jose Diaz of killing Carlos Mendez, but an appeals court overturned the verdict.",
			nil, []string{"person/ali-hassan killed person/benazir-bhutto", "person/paul-reed killed person/omar-bongo", "person/brown killed person/tom-hill", "person/jose-diaz killed person/carlos-mendez"}}, // the killed is another; a verdict undone
		{"killed", "Tom Hill was charged with killing Ann Lee. A court acquitted Bob Ray of killing Sam Cole. Police said Joe Dunn never used the gun to kill Max Field.",
			nil, []string{"person/tom-hill killed person/ann-lee", "person/bob-ray killed person/sam-cole", "person/joe-dunn killed person/max-field"}}, // a charge, an acquittal, a denial
		{"killed", "Ecuadorian prosecutor Cesar Ibarra was shot dead by members of the Los Choneros gang on Wednesday. Members of the Jalisco New Generation Cartel shot dead Ernesto Vargas. Members of the National Front attacked Tom Hill in a debate.",
			[]string{"org/los-choneros killed person/cesar-ibarra", "org/cjng killed person/ernesto-vargas"}, []string{"org/rassemblement-national attacked person/tom-hill"}}, // an armed body's members act for it; a party's do not
		{"killed", "An Israeli airstrike on the al-Nour school in Gaza City killed senior Hamas commander Rafiq Salama. A rally on the airstrike against Israel, said Hamas, drew Tom Hill.",
			[]string{"country/israel killed person/rafiq-salama"}, []string{"country/israel killed person/tom-hill"}}, // the strike, past what it hit
		{"founded", "Netanyahu formed a coalition with the nationalist party Yamina. Ahmed Ali established a branch of the militant group al-Qaida in Yemen.",
			nil, []string{"person/netanyahu founded org/yamina", "person/ahmed-ali founded org/al-qaeda"}}, // a kind phrase only before the name founded
		{"lives in", "Malala Yousafzai, the daughter of a teacher living in Swat, spoke. Imran Khan, who was arrested in May, remains the leader of the PTI party. Jose Luis Ramirez, a Salvadoran gang leader, was arrested.",
			[]string{"person/imran-khan member-of org/pakistan-tehreek-e-insaf", "person/jose-luis-ramirez citizen-of country/el-salvador"}, []string{"person/malala-yousafzai lives-in location/swat"}}, // another's home; an arrest far from the party; a gang's leader's nationality
		{"attacked", "The U.S. Treasury Department on Tuesday sanctioned Hong Kong-based Eastern Bright Trading. Israeli jets struck targets in Lebanon. The Balochistan Liberation Army attacked a convoy of the Frontier Corps near Quetta.",
			[]string{"org/us-treasury-department sanctions org/eastern-bright-trading", "country/israel attacked country/lebanon", "org/balochistan-liberation-army attacked org/frontier-corps"},
			[]string{"org/us-treasury-department sanctions country/hong-kong"}}, // past a seat adjective; targets in a place; a body's convoy
		{"opposes", "Last week, Peru recalled its ambassador to Japan. Venezuela withdrew its ambassador to Israel. The ministry recalled its ambassador for consultations. Egypt has not recalled its ambassador to Israel.",
			[]string{"country/peru opposes country/japan @recalled-envoy", "country/venezuela opposes country/israel @recalled-envoy"}, []string{"country/egypt opposes country/israel"}}, // one's own envoy called home in protest
		{"opposes", "Norway has expelled an Iranian diplomat. Britain expelled four Russian diplomats. The party expelled two members. Spain did not expel any Moroccan diplomats.",
			[]string{"country/norway opposes country/iran @expelled-envoy", "country/united-kingdom opposes country/russia @expelled-envoy"}, []string{"country/spain opposes country/morocco"}}, // a state's envoys sent away
		{"supports", "NATO has expressed its solidarity with Britain over the attacks. Venezuela expressed solidarity with Cuba. Kerry went to Paris to convey America's solidarity with France. Germany coordinated its support with Poland.",
			[]string{"org/nato supports country/united-kingdom @supports-noun", "country/venezuela supports country/cuba", "country/united-states supports country/france"},
			[]string{"country/germany supports country/poland"}}, // solidarity is had with someone, support given to them
		{"supports", "Moscow has stepped up military support for the junta in Mali. Germany has released 500 million euros in humanitarian aid for Syria. Iran voiced support for the rebels in Syria. Police released Tom Hill for Turkey.",
			[]string{"country/russia supports country/mali", "country/germany aids country/syria"}, []string{"country/iran supports country/syria"}}, // a country's rulers, not its rebels
		{"negotiates", "The Colombian government and the ELN held peace talks in Havana. Turkey's government and the PKK did not hold talks.",
			[]string{"country/colombia negotiates-with org/eln"}, []string{"country/turkey negotiates-with org/pkk"}}, // a state by its government in a list of parties
		{"met-with", "Edmundo Villalba, the Venezuelan opposition candidate now living in exile in Madrid, met Spanish Prime Minister Pedro Alonso. Ukraine's SBU security service said it had killed Igor Kirsanov. Ann Lee, who is living in Paris, did not meet Tom Hill.",
			[]string{"person/edmundo-villalba met-with person/pedro-alonso", "org/sbu killed person/igor-kirsanov"}, []string{"person/ann-lee met-with person/tom-hill"}}, // past a present participle's apposition; a body with its two-word kind
		{"founded", "Sinn Fein was founded by members of the IRA. Chief Salva Kiir was criticized by members of the SPLA. Lawyers for members of the Jalisco New Generation Cartel attacked Judge Maria Lopez. Hezbollah rockets fired in retaliation for an Israeli strike on Tyre killed Israeli farmer Ohad Levi.",
			nil, []string{"org/ira founded org/sinn-fein", "org/spla opposes person/salva-kiir", "org/cjng attacked person/maria-lopez", "country/israel killed person/ohad-levi"}}, // an armed body's members act for it only in killings and attacks, and only as the subject's head
		{"lives in", "In Cuba's state-run newspaper Granma, Fidel Castro wrote. John Miller, a veteran of the Iraq war living in Ohio, spoke. Makenga founded the rebel movement M23.",
			[]string{"person/john-miller lives-in location/ohio", "person/makenga founded org/m23"}, []string{"person/fidel-castro lives-in country/cuba"}},
		{"supports", "The United States suspended its support for the government in Niger. Volodymyr Zelensky increased support from Western allies for Ukraine's air defense. Myanmar's shadow government and the Arakan Army agreed to cooperate. Iran released British-Iranian aid worker Nazanin Zaghari-Ratcliffe to Britain. Iraq released $10 billion owed to Iran for gas imports. The FBI raided the offices of Huawei in San Diego.",
			nil, []string{"country/united-states supports country/niger", "person/volodymyr-zelensky supports country/ukraine", "country/myanmar negotiates-with org/arakan-army",
				"country/iran aids country/united-kingdom", "country/iraq aids country/iran", "org/fbi attacked org/huawei"}}, // support ended or received; a rival government; released people and owed money; a search
		{"met-with", "Vladimir Putin and Xi Jinping met this week. Philippine Defence Secretary Andres Villar and Admiral Samuel Parker met reporters in Manila. Joe Biden and Emmanuel Macron met each other in Bali. Olaf Scholz and Keir Starmer met late Monday. Fumio Kishida and Yoon Suk Yeol met face to face.",
			[]string{"person/vladimir-putin met-with person/xi-jinping", "person/emmanuel-macron met-with person/joe-biden", "person/keir-starmer met-with person/olaf-scholz", "person/fumio-kishida met-with person/yoon-suk-yeol"},
			[]string{"person/andres-villar met-with person/samuel-parker"}}, // together they met others, not each other; a time or a manner is no object
		{"member of", "In an interview published Saturday in the daily newspaper NRC Handelsblad, Colonel Henk Morsink said troops were involved in clashes. Bob Woodward, a reporter for The Washington Post, interviewed Tom Hill.",
			[]string{"person/bob-woodward works-for org/washington-post"}, []string{"person/henk-morsink member-of org/nrc-handelsblad"}}, // the paper's guest, not its staff
		{"member of", "In an interview with Reuters, Reuters editor-in-chief Stephen Adler said the agency would grow.",
			[]string{"person/stephen-adler member-of org/reuters"}, nil}, // its own staff
		{"sanctions", "Japan imposed sanctions on 11 Russian entities on Friday, including the Moscow-based state arms exporter Rosoboronexport. The EU did not impose sanctions on 20 firms, including the Chinese drone maker DJI.",
			[]string{"country/japan sanctions org/rosoboronexport"}, []string{"org/european-union sanctions org/dji"}}, // past a day and a kind phrase
		{"based in", "The New Delhi-based Asia Center for Human Rights is calling for international intervention in the political crisis in Nepal. The deputy leader of al-Qaida's terror network denounces U.S. calls for reform.",
			[]string{"org/asia-center-for-human-rights based-in location/new-delhi"}, []string{"org/asia-center-for-human-rights based-in country/nepal", "org/al-qaeda based-in country/united-states"}}, // seated already; what it denounces
		{"leader of", "Mullah Mohammad Naseem, the former Taleban governor of Zabul province, was freed. The Hamas mayor of Gaza City, Omar Saleh, resigned. Ahmed Khan, the Taliban governor of Helmand, spoke.",
			[]string{"person/mohammad-naseem leader-of location/zabul", "person/mohammad-naseem member-of org/taliban", "person/omar-saleh leader-of location/gaza-city",
				"person/omar-saleh member-of org/hamas", "person/ahmed-khan leader-of location/helmand", "person/ahmed-khan member-of org/taliban"},
			[]string{"person/mohammad-naseem leader-of org/taliban", "person/ahmed-khan leader-of org/taliban", "person/omar-saleh leader-of org/hamas",
				"person/ahmed-khan leader-of org/hamas", "person/ahmed-khan lives-in location/gaza-city"}}, // a body's member in a place's office; a description followed by its own name is no one else's
		{"based in", "The Andean Development Council, a regional body based in Lima, elected Rosa Quispe. The International Criminal Court, which sits in The Hague, opened an investigation. The Collective Security Treaty Organization, whose members include Armenia and Belarus, is headquartered in Moscow. Tehran accused the Pakistan-based militant group Jaish al-Adl of killing two guards.",
			[]string{"org/andean-development-council based-in location/lima", "org/icc based-in location/the-hague", "org/csto based-in location/moscow",
				"org/jaish-al-adl based-in country/pakistan", "country/iran opposes org/jaish-al-adl"},
			[]string{"org/andean-development-council based-in country/bolivia"}}, // a seat inside an apposition or after a relative clause; a seat, a kind, then the name
		{"leader of", "The IMF approved the loan on Friday, its chief Kristalina Georgieva said. Ukraine asked Germany for Taurus missiles, its defence minister Boris Pistorius said. Former NATO chief Jens Stoltenberg, a Norwegian, is now serving as Norway's finance minister. Mariam Diallo, a Guinean journalist born in Conakry, now lives in Dakar.",
			[]string{"person/kristalina-georgieva leader-of org/imf", "person/jens-stoltenberg works-for country/norway", "person/mariam-diallo lives-in location/conakry", "person/mariam-diallo lives-in location/dakar"},
			[]string{"person/kristalina-georgieva leader-of country/egypt", "person/boris-pistorius works-for country/ukraine"}}, // an attribution's "its" is the subject's, when no other is named between; "is now serving as"; born in, inside an apposition
		{"works for", "The Pacific Islands Forum named Tongan diplomat Siosaia Vea as its deputy secretary-general. Maltese diplomat Clara Vella, the European Union's special envoy for the Sahel, held talks in Bamako. The Andean Council met in Lima. The party elected lawyer Elena Rusu as its chairwoman.",
			[]string{"person/siosaia-vea member-of org/pacific-islands-forum", "person/siosaia-vea citizen-of country/tonga", "person/clara-vella member-of org/european-union", "person/clara-vella citizen-of country/malta"},
			[]string{"person/siosaia-vea works-for country/tonga", "person/clara-vella works-for country/malta", "person/elena-rusu leader-of org/andean-council"}}, // a nationality and a trade, the post an international body's; "its" is the one that names, not a body named before
		{"killed", "Russian forces attacked Kharkiv with glide bombs on Sunday, killing regional official Oleh Marchenko. Hezbollah fired rockets on the northern Israeli town of Kiryat Shmona. The Sahel Development Bank lent $40 million to Niger. A car bomb exploded near the convoy of Ahmed Khan, killing his driver Ali Musa.",
			[]string{"country/russia killed person/oleh-marchenko", "org/hezbollah attacked location/kiryat-shmona", "org/sahel-development-bank aids country/niger"},
			[]string{"person/ahmed-khan killed person/ali-musa"}}, // a killing told by a participle after the clause; rockets "on" a town named by its kind; a loan; the one whose convoy is no killer
		{"member of", "Gabriel Nkomo, who now leads Zimbabwe's opposition Citizens Coalition for Change, met Cyril Ramaphosa. The Democratic Alliance, South Africa's second-largest party, led by John Steenhuisen, joined the government. The Arab League readmitted Syria in May 2023. NATO welcomed Sweden as its 32nd member in March 2024. NATO welcomed Finland's bid to join.",
			[]string{"person/gabriel-nkomo leader-of org/citizens-coalition-for-change", "person/john-steenhuisen leader-of org/democratic-alliance-south-africa",
				"country/syria member-of org/arab-league", "country/sweden member-of org/nato"},
			[]string{"country/finland member-of org/nato"}}, // a country's body led; led by, after an apposition with the country's possessive; a body of states admits a member; a bid welcomed is no membership
		{"aids", "Ghana received two patrol vessels donated by Germany. Ghana received a visit by German officials. The ministry received a letter sent by France.",
			[]string{"country/germany aids country/ghana"}, []string{"country/france aids country/ghana"}}, // a gift is aid; a letter sent is none
		{"review", "Russian President Vladimir Putin said Andrei Belousov would meet Chinese counterpart Dong Jun in Beijing. Hamas leader Ismail Haniyeh was assassinated in Tehran on Wednesday, killing his bodyguard Wasim Abu Shaaban. Vladimir Putin obtained Viktor Bout in a prisoner swap.",
			nil, []string{"person/dong-jun leader-of country/china", "person/ismail-haniyeh killed person/wasim-abu-shaaban", "person/viktor-bout met-with person/vladimir-putin"}}, // another's counterpart; a victim is no killer; "obtained" is no meeting
		{"review", "The Andean Council, a partner of the Inter-American Development Bank based in Washington, met in Lima. The EU ambassador of Ukraine, Matti Maasikas, met Volodymyr Zelenskiy. Russian diplomat Vasily Nebenzia, who chairs the UN Security Council this month, spoke.",
			[]string{"person/vasily-nebenzia works-for country/russia"},
			[]string{"org/andean-council based-in location/washington", "person/matti-maasikas works-for country/ukraine"}}, // the seat of the body named inside the apposition; an envoy "of" a country is to it; a state's envoy chairing an organ serves the state
		{"review", "The EU imposed penalties on Apple for breaking competition rules. Germany lent its support to Ukraine's bid to join the European Union.",
			nil, []string{"org/european-union sanctions org/apple", "country/germany aids country/ukraine"}}, // a fine is no sanction; support lent is no loan
		{"met-with", "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed to restore intelligence sharing during a meeting in Tokyo. Saudi Arabia and Iran agreed to revive diplomatic ties after four days of negotiations hosted by China. Emmanuel Macron and Olaf Scholz disagreed at a meeting of EU leaders.",
			[]string{"person/fumio-kishida met-with person/yoon-suk-yeol", "country/iran negotiates-with country/saudi-arabia"},
			[]string{"person/emmanuel-macron met-with person/olaf-scholz"}}, // a meeting the subjects held, told after their verb; not one of many they attended
		{"allied-with", "North Korean leader Kim Jong Un hosted Russian President Vladimir Putin in Pyongyang, where the two signed a mutual defence pact. Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a border agreement. Former Polish President Lech Walesa and Czech President Vaclav Havel discussed a mutual defence treaty.",
			[]string{"country/north-korea allied-with country/russia", "person/emomali-rahmon negotiates-with person/sadyr-japarov"},
			[]string{"country/kyrgyzstan allied-with country/tajikistan", "country/czech-republic allied-with country/poland"}}, // leaders signing a defence pact ally their states ("the two" the pair before); a border agreement is no alliance; a pact discussed is none
		{"opposes", "The Syrian Democratic Forces fought Islamic State remnants near Deir ez-Zor. Kyrgyzstan sent two planeloads of humanitarian aid to flood-hit areas of Pakistan. Russia sent troops to parts of Ukraine.",
			[]string{"org/sdf opposes org/islamic-state", "country/kyrgyzstan aids country/pakistan"},
			[]string{"country/russia aids country/ukraine"}}, // a body's remnants are the body; aid to parts of a country is to it; troops sent say no side
		{"review", "Israel and Hamas resumed fighting after talks in Doha between the United States and Qatar. Antony Blinken and Defense Secretary Lloyd Austin arrived in Seoul after two days of talks in Tokyo. Germany and France voted against the proposal at an assembly in Brussels. Russia sent weapons to separatist-held parts of Ukraine. Former U.S. President Donald Trump hosted former Japanese Prime Minister Shinzo Abe in Florida, where the two signed a mutual defence pact.",
			[]string{"country/qatar negotiates-with country/united-states"},
			[]string{"country/israel negotiates-with org/hamas", "person/antony-blinken met-with person/lloyd-austin", "country/france met-with country/germany",
				"country/russia aids country/ukraine", "country/japan allied-with country/united-states"}}, // talks between others; colleagues; voting at an assembly; weapons to held parts; former leaders ally no states
		{"review", "The suspected Taleban fired rockets at Ahmed Sherzai on a main road. On Tuesday, the top U.S. military commander in southern Iraq Colonel Butch Kievenaar warned that fighters had returned. Tuvalu's Prime Minister Feleti Teo signed a security treaty with Australia, under which Canberra pledged to defend the island nation.",
			nil, []string{"person/butch-kievenaar works-for country/iraq", "country/australia allied-with country/tuvalu"}}, // a posting is no employer; a pledge to defend in a clause is no defence pact
		{"attacked", "Israel launched a military offensive on the Gaza Strip days later. Turkish troops launched an offensive on positions of the Kurdistan Workers' Party in northern Iraq. Russia launched an offensive on Kharkiv residents' homes.",
			[]string{"country/israel attacked location/gaza-strip", "country/turkey attacked org/pkk"}, nil}, // a time after the town; a body's positions
		{"places", "Rebels seized Loikaw, the capital of Kayah State, after weeks of fighting. Gunmen attacked a base in Turbat, in Pakistan's Balochistan province. Antalya, on Turkey's Mediterranean coast, is a popular resort.",
			[]string{"location/loikaw located-in location/kayah-state", "location/turbat located-in location/balochistan"},
			[]string{"location/antalya located-in location/mediterranean-sea"}}, // a region's capital; a place in a country's region; by a sea is not in it
		{"paraphrased", "Overseas Minister Ann Lee of Singapore met Chinese language chief Xi Jinping in Beijing. Finland grew to become the thirty first participant of the North Atlantic Treaty Group in April 2023. Moldova formally utilized for Eu Union membership in Might 2022. Mary Okafor has been residing in Lagos since 2010. The Fast Help Forces attacked El Fasher.",
			[]string{"person/ann-lee works-for country/singapore", "person/xi-jinping leader-of country/china", "person/ann-lee met-with person/xi-jinping",
				"country/finland member-of org/nato", "country/moldova seeks-membership org/european-union", "person/mary-okafor lives-in location/lagos",
				"org/rapid-support-forces attacked location/el-fasher"}, nil}, // a paraphrasing tool's words: respell and the synonym classes
		{"paraphrased", "Moldova might search to hitch the Eu Union. The Worldwide Financial Fund didn't approve a mortgage to Egypt. Ann Lee is not a participant of the North Atlantic Treaty Group.",
			nil, []string{"country/moldova seeks-membership org/european-union", "org/imf aids country/egypt", "person/ann-lee member-of org/nato"}}, // hedged, negated
		{"leader of", "Militants killed Moussa Garba, the mayor of the Nigerien city of Tillaberi, on Tuesday. Governor Amina Bello of Nigeria's Borno State spoke. The mayor of the Ukrainian city of Mykolaiv, Oleksandr Senkevych, spoke.",
			[]string{"person/moussa-garba leader-of location/tillaberi", "person/amina-bello leader-of location/borno-state", "person/oleksandr-senkevych leader-of location/mykolaiv"},
			[]string{"person/moussa-garba leader-of country/niger", "person/amina-bello leader-of country/nigeria"}}, // a town's or region's office, named through its country
		{"leader of", "Cambodian Prime Minister Hun Manet held a meeting with Thai counterpart Srettha Thavisin in Bangkok. Former Polish President Lech Walesa met Czech counterpart Vaclav Havel.",
			[]string{"person/srettha-thavisin leader-of country/thailand", "person/hun-manet met-with person/srettha-thavisin"},
			[]string{"person/vaclav-havel leader-of country/czech-republic"}}, // a counterpart of the one titled person before; not of a former office
		{"leader of", "Chilean President-elect Michelle Bachelet met Argentine President Nestor Kirchner.",
			[]string{"person/michelle-bachelet citizen-of country/chile", "person/nestor-kirchner leader-of country/argentina"},
			[]string{"person/michelle-bachelet leader-of country/chile", "person/michelle-bachelet works-for country/chile"}}, // an office to come is not held
		{"places", "Griffal won in Lake Placid, New York. The team met in Seattle, Washington.",
			[]string{"location/lake-placid located-in location/new-york-state", "location/seattle located-in location/washington-state"},
			[]string{"location/lake-placid located-in location/new-york-city", "location/seattle located-in country/united-states"}}, // the state, not the city or the capital
		{"places", "The Sydney International Tournament in Sydney drew crowds.",
			nil, []string{"org/sydney-international-tournament based-in location/sydney"}}, // a contest's place is where it is played, as a forum's
		{"places", "Leaders gathered at the World Economic Forum in Davos. She attends the U.S.-Africa Trade Forum in Nairobi. The World Economic Forum, based in Geneva, agreed.",
			[]string{"org/world-economic-forum based-in location/geneva"},
			[]string{"org/world-economic-forum based-in location/davos", "org/us-africa-trade-forum based-in location/nairobi"}}, // where a gathering meets
		{"places", "OPEC, which is headquartered in Vienna, met. Gazprom is based in Moscow. Annan spoke at U.N. headquarters in Baghdad.", // an international body's seat only as such
			[]string{"org/opec based-in location/vienna", "org/gazprom based-in location/moscow"}, []string{"org/united-nations based-in location/baghdad"}},
		{"places", "Brest, a Belarusian city, hosted the talks. Grodno is a small Belarusian town. Paris, a Texan town, was flooded.",
			[]string{"location/brest-belarus located-in country/belarus", "location/grodno located-in country/belarus"}, []string{"location/paris located-in country/united-states"}},
		{"membership", "Finland ended its neutrality and joined NATO. Lithuania gained membership in the World Trade Organization. Kosovo has not gained membership of the United Nations.", // a coordinated verb's subject; membership gained
			[]string{"country/finland member-of org/nato", "country/lithuania member-of org/wto"}, []string{"country/kosovo member-of org/united-nations"}},
		{"seeking membership", "Ukraine's NATO membership bid stalled. Georgia's bid for NATO membership angered Moscow. Turkey's EU membership application stalled.",
			[]string{"country/ukraine seeks-membership org/nato", "country/georgia seeks-membership org/nato", "country/turkey seeks-membership org/european-union"}, nil},
		{"places", "Protests erupted in Minsk, the Belarusian capital. Crowds filled the Georgian capital, Tbilisi. The Belarusian city, Paris, was quiet.", // a demonym's capital, either way round; not against the gazetteer
			[]string{"location/minsk located-in country/belarus @place-a-demonym-noun", "location/tbilisi located-in country/georgia"}, // ("the Georgian capital" is Tbilisi itself, then named)
			[]string{"location/paris located-in country/belarus"}},
		{"places", "They signed an agreement in the U.S. capital of Washington.", // a capital lies in its country
			[]string{"location/washington located-in country/united-states @country-city-of"}, nil},
		{"places", "The plane could land in Gyandzha or Shamkhor in Azerbaijan. Paris and London in talks.", // a pair of towns where the second lies
			[]string{"location/gyandzha located-in country/azerbaijan", "location/shamkhor located-in country/azerbaijan"}, nil},
		{"attacks", "Rumsfeld said Iraq has made remarkable changes since U.S.-led forces invaded the country to topple Saddam Hussein.",
			[]string{"country/united-states attacked country/iraq"}, nil}, // the one country the sentence named before
		{"attacks", "Pakistani officials say U.S. missile strikes have killed 11 militants in the country's North Waziristan tribal region.",
			nil, []string{"location/waziristan located-in country/united-states"}}, // a demonym names a country too
		{"attacks", "Iran said the United States must respect the country's sovereignty. Ukraine's president said Russia attacked the country again.",
			nil, []string{"country/united-states attacked country/ukraine", "country/russia attacked country/russia"}}, // two countries named before: which?
		{"attacks", "Kurdish officials say Turkish jets hit the Hakurk region Wednesday. Attacks by Taleban militants against NATO forces increased dramatically last year.",
			[]string{"country/turkey attacked location/hakurk", "org/taliban attacked org/nato"}, nil}, // a place named with its kind; the body whose fighters attack
		{"attacks", "Attacks by NATO forces on Taleban fighters killed 30. The attack by Israeli forces on Gaza continued.",
			[]string{"org/nato attacked org/taliban", "country/israel attacked location/gaza-strip"}, nil}, // the body or state whose forces attack
		{"attacks", "The bombing comes amid a wave of attacks by Afghan insurgents against U.S. and NATO forces.",
			nil, []string{"country/afghanistan attacked country/united-states"}}, // a nation's insurgents are not its state
		{"attacks", "Russian forces shelled the Kharkiv region's power plants.",
			nil, []string{"country/russia attacked location/kharkiv"}}, // what the region owns
		{"attacks", "Pakistan condemned a NATO attack on suspected Taleban militants. Police arrested suspected Hamas members.",
			[]string{"org/nato attacked org/taliban"}, []string{"org/hamas member-of"}}, // who the suspects are said to be
		{"membership", "Ukraine hopes to eventually join NATO and the European Union. Serbia does not hope to ever join NATO.",
			[]string{"country/ukraine seeks-membership org/nato", "country/ukraine seeks-membership org/european-union"}, []string{"country/serbia seeks-membership org/nato"}}, // an adverb between "to" and "join"
		{"membership", "Lithuania restructured its economy for integration into Western European institutions; it joined both NATO and the EU in the spring of 2004.",
			[]string{"country/lithuania member-of org/nato", "country/lithuania member-of org/european-union"}, nil}, // "both"; the clause before's subject
		{"membership", "Russia criticised NATO; it joined the CSTO in 1992. Georgia left the CIS; it joined the WTO later.",
			nil, []string{"country/russia member-of org/csto", "country/georgia member-of org/wto", "org/nato member-of org/csto"}}, // another body before "it"
		{"membership", "Finland joined NATO in April.",
			[]string{"country/finland member-of org/nato"}, nil},
		{"membership", "Finland joined NATO in April 2023. Sweden became the 32nd member of the alliance in March 2024.",
			[]string{"country/finland member-of org/nato", "country/sweden member-of org/nato"}, nil},
		{"membership", "NATO met in Brussels. Sweden hopes to become a member of the alliance between Russia and Belarus.",
			nil, []string{"country/sweden member-of org/nato"}},
		{"membership", "Mr. Abbas of the moderate Fatah movement and Hamas' political chief Khaled Mashaal met Friday in Cairo.",
			[]string{"person/abbas member-of org/fatah"}, []string{"person/abbas member-of org/hamas"}},
		{"membership", "NATO held a summit in Vilnius. The bloc admitted Finland and Sweden.",
			[]string{"country/finland member-of org/nato", "country/sweden member-of org/nato"}, nil},
		{"membership", "NATO has not admitted Ukraine. Russia admitted the strike.",
			nil, []string{"country/ukraine member-of org/nato", "country/russia member-of org/nato"}},
		{"membership", "The EU may admit Ukraine.",
			nil, []string{"country/ukraine member-of org/european-union"}},
		{"membership", "As one of five permanent members of the UN Security Council, a founding member of NATO, the UK pursues a global approach. Tallinn is the capital of Estonia, a member of NATO since 2004.",
			[]string{"country/estonia member-of org/nato"}, []string{"org/un-security-council member-of org/nato"}},
		{"membership", "Poland joined NATO in 1999 and the European Union in 2004. Montenegro joined the World Bank and IMF. Portugal entered the European Union in 1986.",
			[]string{"country/poland member-of org/nato", "country/poland member-of org/european-union", "country/montenegro member-of org/imf",
				"country/portugal member-of org/european-union"}, nil},
		{"membership", "US troops entered Iraq in 2003.",
			nil, []string{"country/united-states member-of country/iraq"}},
		{"membership", "NATO allies Poland and Lithuania condemned the move.",
			[]string{"country/poland member-of org/nato", "country/lithuania member-of org/nato"}, nil},
		{"membership", "EU allies France and Germany agreed.", // the EU is no alliance: "allies" says nothing of membership
			nil, []string{"country/france member-of org/european-union"}},
		{"membership", "The 27 EU member states, including France and Germany, agreed.",
			[]string{"country/france member-of org/european-union", "country/germany member-of org/european-union"}, nil},
		{"membership", "Turkey, a NATO member, blocked the bid.",
			[]string{"country/turkey member-of org/nato"}, nil},
		{"membership", "Ukraine is not a member of NATO.",
			nil, []string{"country/ukraine member-of org/nato"}},
		{"membership", "Merkel spoke at the economic council of her party, the Christian Democrats (CDU).",
			[]string{"person/merkel member-of org/cdu"}, nil},
		{"membership", "Nawaz Sharif returned on Monday. The former Pakistani prime minister is campaigning for his Pakistan Muslim League-Nawaz party.",
			[]string{"person/nawaz-sharif member-of org/pml-n"}, nil}, // a definite description points back
		{"membership", "President Bush spoke on Monday. Israel's Defense Minister says he will leave after his Labor party holds an election.",
			nil, []string{"person/bush member-of org/labor"}}, // "his" is the unnamed minister's
		{"membership", "It is an attempt by Prime Minister Viktor Orban and his Fidesz party to anchor their victory.",
			[]string{"person/viktor-orban member-of org/fidesz"}, nil},
		{"membership", "Sevim Dagdelen, a Left party MP, called on the government to act.",
			[]string{"person/sevim-dagdelen member-of org/die-linke / MP"}, nil},
		{"membership", "Foreign Minister Sebastian Kurz (photo) of the rightist Austrian People's Party spoke.",
			[]string{"person/sebastian-kurz member-of org/ovp"}, nil},
		{"membership", "Angela Merkel (CDU) spoke in the Bundestag.",
			[]string{"person/angela-merkel member-of org/cdu"}, nil},
		{"seeks membership", "Ankara blocked Stockholm's NATO bid. Hungary delayed Finland's EU application. Microsoft's Activision bid failed.",
			[]string{"country/sweden seeks-membership org/nato", "country/finland seeks-membership org/european-union"},
			[]string{"country/sweden member-of org/nato"}},
		{"seeks membership", "Finland and Sweden applied for NATO membership in May 2022.",
			[]string{"country/finland seeks-membership org/nato", "country/sweden seeks-membership org/nato"},
			[]string{"country/finland member-of org/nato"}},
		{"seeks membership", "Georgia is seeking membership of the European Union.",
			[]string{"country/georgia seeks-membership org/european-union"}, nil},
		{"seeks membership", "Ukraine has not applied for NATO membership.",
			nil, []string{"country/ukraine seeks-membership org/nato"}},
		{"seeks membership", "Ukraine's bid to join NATO stalled.",
			[]string{"country/ukraine seeks-membership org/nato"}, nil},
		{"seeks membership", "Ukraine has sought to join NATO.",
			[]string{"country/ukraine seeks-membership org/nato"}, []string{"country/ukraine member-of org/nato"}},
		{"seeks membership", "Serbia wants to become a full member of the EU.",
			[]string{"country/serbia seeks-membership org/european-union"}, []string{"country/serbia member-of org/european-union"}},
		{"seeks membership", "Ukraine has no plans to become a member of NATO.",
			nil, []string{"country/ukraine seeks-membership org/nato", "country/ukraine member-of org/nato"}},

		// Verbs, their passives and nouns.
		{"attacked", "An Israeli military offensive into Gaza in December 2008 killed 1,300 people.", // an offensive into a town; a state's military
			[]string{"country/israel attacked location/gaza-strip"}, nil},
		{"attacked", "Russian forces shelled the Ukrainian city of Kharkiv overnight. Israeli warplanes bombed the southern town of Rafah. Russia launched attacks on Ukraine's ports.",
			[]string{"country/russia attacked location/kharkiv", "country/israel attacked location/rafah", "country/russia attacked country/ukraine"}, nil}, // a place named by its kind first; what a state owns
		{"attacked", "The Patriotic Liberation Front attacked the town of Mora overnight.", // a time word after the town, no noun it modifies
			[]string{"org/patriotic-liberation-front attacked location/mora"}, nil},
		{"sanctions", "Washington slapped new sanctions on Iran's oil sector.", []string{"country/united-states sanctions country/iran"}, nil},
		{"sanctions", "U.S. and EU sanctions on Russia hit its economy. The 2015 nuclear deal lifted UN and EU sanctions on Tehran. Trump signed an order ending most U.S. sanctions on Syria.",
			[]string{"country/united-states sanctions country/russia", "org/european-union sanctions country/russia"},
			[]string{"org/european-union sanctions country/iran", "country/united-states sanctions country/syria"}}, // lifted, ended: none now
		{"sanctions", "Washington sanctioned Russian oil giants Rosneft and Lukoil in October 2025. Britain froze Roman Abramovich's assets in March 2022.",
			[]string{"country/united-states sanctions org/rosneft", "country/united-states sanctions org/lukoil", "country/united-kingdom sanctions person/roman-abramovich @froze-assets"}, nil},
		{"sanctions", "Washington placed President Emmerson Mnangagwa under Global Magnitsky sanctions. China's commerce ministry placed U.S. drone maker Skydio on an export blacklist.",
			[]string{"country/united-states sanctions person/emmerson-mnangagwa @placed-under-sanctions", "country/china sanctions org/skydio @blacklisted"}, nil},
		{"sanctions", "The United States imposed sanctions on PDVSA and froze the assets of President Nicolas Maduro. Naftogaz sued Gazprom and froze the assets of Alexei Miller.",
			[]string{"country/united-states sanctions person/nicolas-maduro"}, []string{"org/naftogaz sanctions person/alexei-miller"}}, // the first verb's subject; a firm's freeze is no sanction
		{"sanctions", "Washington placed Huawei Technologies, the Shenzhen-based telecoms giant founded by Ren Zhengfei, on a trade blacklist. The EU imposed sanctions on 12 Iranian officials, including Ali Khamenei and Hassan Rouhani.",
			[]string{"country/united-states sanctions org/huawei", "org/european-union sanctions person/ali-khamenei", "org/european-union sanctions person/hassan-rouhani"}, nil},
		{"sanctions", "The EU lifted sanctions on companies, including Siemens. Washington placed Huawei, its rival, on the agenda.",
			nil, []string{"org/european-union sanctions org/siemens", "country/united-states sanctions org/huawei"}},
		{"seeks-membership", "EU leaders granted candidate status to Ukraine and Moldova, which applied to join the bloc in March. Talks between Russia and Ukraine, which applied to join NATO, failed.",
			[]string{"country/ukraine seeks-membership org/european-union", "country/moldova seeks-membership org/european-union", "country/ukraine seeks-membership org/nato"}, []string{"country/russia seeks-membership org/nato"}},
		{"sanctions", "The African Union suspended Niger after the military coup. Mali was suspended from ECOWAS in 2021.",
			[]string{"org/african-union sanctions country/niger @suspended-member", "org/ecowas sanctions country/mali"}, nil},
		{"sanctions", "The European Union suspended Niger's budget support after the coup. The African Union suspended Sudan talks. NATO suspended Russia cooperation programmes.",
			nil, []string{"org/european-union sanctions country/niger", "org/african-union sanctions country/sudan", "org/nato sanctions country/russia"}}, // what of the state is suspended
		{"sanctions", "The African Union did not suspend Gabon. The European Union suspended aid to Niger, and France suspended Mali's flights.",
			nil, []string{"org/african-union sanctions country/gabon", "org/european-union sanctions country/niger", "country/france sanctions country/mali"}},
		{"sanctions", "A judge in Britain froze Roman Abramovich's assets pending a divorce case. Naftogaz froze Gazprom's assets in Ukraine.",
			nil, []string{"country/united-kingdom sanctions person/roman-abramovich", "org/naftogaz sanctions org/gazprom"}}, // a court's order; a firm's claim
		{"sanctions", "Washington threatened to sanction Russian oil giants Rosneft and Lukoil. Police placed Roman Abramovich under arrest. Britain said Gazprom's assets were frozen by its bank.",
			nil, []string{"country/united-states sanctions org/rosneft", "country/united-states sanctions org/lukoil", "country/united-kingdom sanctions org/gazprom"}},
		{"supports", "Hezbollah, the Iran-backed militant group, fired rockets. Hamas, the militant group, fired rockets.",
			[]string{"country/iran supports org/hezbollah"}, []string{"country/iran supports org/hamas"}}, // a backer inside the description set off after the name
		{"membership", "The Shanghai Cooperation Organization, whose members include China, Russia and India, met in Samarkand. Members of the CSTO include Armenia and Belarus.",
			[]string{"country/india member-of org/sco", "country/armenia member-of org/csto"}, nil},
		{"membership", "Montenegro became NATO's 29th member in 2017. Kazakhstan is one of the founding members of the Eurasian Economic Union.",
			[]string{"country/montenegro member-of org/nato", "country/kazakhstan member-of org/eaeu"}, nil},
		{"membership", "Nigeria joined the BRICS group as a partner country in January.", // a partner, no member, past the body's kind
			nil, []string{"country/nigeria member-of org/brics"}},
		{"membership", "Mongolia joined the Shanghai Cooperation Organization as an observer in 2004.",
			nil, []string{"country/mongolia member-of org/sco"}}, // an observer is no member
		{"membership", "NATO Secretary General Jens Stoltenberg welcomed Finland as the alliance's 31st member.",
			[]string{"country/finland member-of org/nato"}, nil},
		{"attacked", "Israel carried out a three-week offensive against Hamas militants in Gaza. Pakistan launched an offensive against Taliban fighters in Swat.",
			[]string{"country/israel attacked org/hamas", "country/pakistan attacked org/taliban"}, nil}, // a body's fighters are the body
		{"attacked", "Mexico lost to Argentina. The army pushed forward with its offensive against Taliban militants. Israel launched airstrikes against Palestinian militants.",
			nil, []string{"country/mexico attacked org/taliban", "country/israel attacked country/palestine"}}, // the army's own; a demonym's fighters are no state's
		{"attacked", "Israel launched a three-week offensive in late December against the Palestinian militant group Hamas. Pakistan launched an offensive in South Waziristan against the Taliban.",
			[]string{"country/israel attacked org/hamas", "country/pakistan attacked org/taliban"}, // when or where, then whom; a demonym and a body's kind before its name
			[]string{"country/pakistan attacked location/waziristan"}},
		{"attacked", "Palestinian attacks on Israel continued.", // militants', not the state's
			nil, []string{"country/palestine attacked country/israel"}},
		{"attacked", "The American invasion of Iraq began in 2003. U.S.-led forces attacked Fallujah. Saudi-led coalition forces bombed Yemen. A Turkish incursion into Iraq followed.",
			[]string{"country/united-states attacked country/iraq", "country/united-states attacked location/fallujah", "country/saudi-arabia attacked country/yemen",
				"country/turkey attacked country/iraq"}, nil},
		{"attacked", "Palestinian attacks on Israel continued. Since the U.S.-led invasion two years ago, British officials opened inquiries. Iran-backed militias attacked Basra. Concerns grew about a potential Turkish incursion into Syria.",
			nil, []string{"country/palestine attacked country/israel", "country/united-states attacked country/united-kingdom", "country/iran attacked location/basra",
				"country/turkey attacked country/syria"}}, // militants are no state; a modifier's noun has no far target; a backer is no attacker; a potential attack
		{"attacked", "The Taliban seized Kandahar. Russia annexed Crimea in 2014, and Kuwait was occupied by Iraq. Crimea was annexed by Russia.",
			[]string{"org/taliban attacked location/kandahar", "country/russia attacked location/crimea", "country/iraq attacked country/kuwait"}, nil},
		{"attacked", "Troops captured Saddam Hussein. Police seized drugs in Mexico. Russia did not seize Kyiv.",
			nil, []string{"country/russia attacked country/ukraine", "country/mexico attacked country/mexico"}}, // a person captured; what was seized where; negation
		{"attacked", "Belgium became independent from the Netherlands in 1830; it was occupied by Germany. Roger Federer captured the Wimbledon and U.S. Open titles.",
			nil, []string{"country/germany attacked country/netherlands", "person/roger-federer attacked location/wimbledon"}}, // a pronoun's country unsure; a name modifying a noun
		{"attacked", "Russia attacked Georgia in 2008 and Ukraine in 2014. Betty Friedan co-founded the National Organization for Women in 1966 and the National Political Women's Caucus in 1971.",
			[]string{"country/russia attacked country/georgia", "country/russia attacked country/ukraine",
				"person/betty-friedan founded org/national-organization-for-women", "person/betty-friedan founded org/national-political-womens-caucus"}, nil},
		{"attacked", "Palestinian leader Mahmoud Abbas has begun to work toward reducing militant attacks against Israel.",
			nil, []string{"person/mahmoud-abbas attacked country/israel"}},
		{"attacked", "Human Rights Watch said Hezbollah militants claim that some of their attacks are aimed at military bases in Israel.",
			[]string{"org/hezbollah attacked country/israel"}, []string{"org/human-rights-watch attacked country/israel"}},
		{"attacked", "Human Rights Watch said the militants claim that their attacks are aimed at military bases in Israel.",
			nil, []string{"org/human-rights-watch attacked country/israel"}},
		{"attacked", "NATO has launched an offensive in southern Afghanistan.",
			nil, []string{"org/nato attacked country/afghanistan"}},
		{"attacked", "Israel carried out airstrikes against Palestinian militant targets overnight.",
			nil, []string{"country/israel attacked country/palestine"}},
		{"attacked", "Washington has waged a war on terror since 2001, officials in Pakistan said.",
			nil, []string{"country/united-states attacked country/pakistan"}},
		{"attacked", "Russia's war in Ukraine entered its second year.",
			[]string{"country/russia attacked country/ukraine"}, nil},
		{"attacked", "Russia attacked Ukraine on February 24.",
			[]string{"country/russia attacked country/ukraine"}, nil},
		{"attacked", "Ukraine was attacked by Russia.",
			[]string{"country/russia attacked country/ukraine"}, []string{"country/ukraine attacked country/russia"}},
		{"attacked", "Russia's full-scale invasion of Ukraine began in February.",
			[]string{"country/russia attacked country/ukraine"}, nil},
		{"attacked", "Russia threatened to attack Ukraine.",
			nil, []string{"country/russia attacked country/ukraine"}},
		{"attacked", "Russia did not attack Poland.",
			nil, []string{"country/russia attacked country/poland"}},
		{"attacked", "Russian forces attacked Kharkiv and Odessa. Russia's armed forces struck Ukrainian military bases.", // a state's forces; its towns and bases
			[]string{"country/russia attacked location/kharkiv", "country/russia attacked location/odesa", "country/russia attacked country/ukraine"}, nil},
		{"attacked", "Hezbollah fired rockets at Israel. Israel intercepted rockets fired at Tel Aviv.",
			[]string{"org/hezbollah attacked country/israel"}, []string{"country/israel attacked location/tel-aviv"}},
		{"attacked", "Palestinian militants attacked Israeli troops. Israeli forces raided Shaer's home. Russian forces did not attack Poland.",
			nil, []string{"country/palestine attacked country/israel", "country/israel attacked person/shaer", "country/russia attacked country/poland"}},
		{"attacked", "An Israeli strike killed Hezbollah commander Fuad Shukr. Russian artillery pounded Kharkiv.", // a state's blow; its guns
			[]string{"country/israel killed person/fuad-shukr", "country/russia attacked location/kharkiv"}, nil},
		{"negotiates", "Egyptian mediators brokered a ceasefire between Israel and Hamas. The U.N. called for a ceasefire between Russia and Ukraine.",
			[]string{"country/israel negotiates-with org/hamas"}, []string{"country/russia negotiates-with country/ukraine"}}, // a truce made; one called for
		{"supports", "Houthi rebels, backed by Iran, attacked ships in the Red Sea.", []string{"country/iran supports org/houthis"}, nil},
		{"negotiates", "Britain, France and Germany are engaged in ongoing talks with Iran. Croatia's EU membership negotiations began in October.",
			[]string{"country/germany negotiates-with country/iran", "country/croatia seeks-membership org/european-union"}, nil},
		{"negotiates", "Iran is not engaged in talks with the EU.", nil, []string{"country/iran negotiates-with org/european-union"}},
		{"supports", "The United Iraqi Alliance, which has the support of Grand Ayatollah Ali al-Sistani, leads. Russia sent troops to Syria in support of President Bashar al-Assad.",
			[]string{"person/ali-al-sistani supports org/united-iraqi-alliance", "country/russia supports person/bashar-al-assad"}, nil},
		{"supports", "Iranians demonstrated in Tehran in support of Hezbollah. Japan may send ships in support of the United States. The plan lacks the support of Germany.",
			nil, []string{"country/iran supports org/hezbollah", "country/japan supports country/united-states"}}, // people, not their state; what may be
		{"supports", "Tashkent puts the death toll at 169. In another development, China today declared its support for the Uzbek government of President Islam Karimov.", // the subject before a time word owns "its"
			[]string{"country/china supports person/islam-karimov"}, []string{"country/uzbekistan supports person/islam-karimov"}},
		{"supports", "NATO met in Brussels. The bloc pledged support for Kyiv. Mexico has voiced support for the idea, but critics such as Venezuela and Cuba say it will do nothing.",
			[]string{"org/nato supports country/ukraine"}, []string{"country/mexico supports country/venezuela"}},
		{"attacked", "Moscow denied that Russia attacked Ukraine.", // a denied claim
			nil, []string{"country/russia attacked country/ukraine"}},
		{"meetings", "The Kremlin denied Putin had met Lukashenko. Rumors that Xi Jinping met Joe Biden circulated.",
			nil, []string{"person/lukashenko met-with person/putin", "person/joe-biden met-with person/xi-jinping"}},
		{"opposes", "Milei, who has called Lula \"a corrupt communist\", skipped the summit. Biden called Putin a war criminal on Wednesday. Erdogan described Netanyahu as a terrorist. Iran labelled the United States \"the Great Satan\".",
			[]string{"person/milei opposes person/lula", "person/biden opposes person/putin", "person/erdogan opposes person/netanyahu", "country/iran opposes country/united-states"}, nil}, // name-calling
		{"supports", "The European Union imposed sanctions on Rwandan army commanders over the country's support for M23 rebels. Lech Walesa, who founded the Solidarity trade union in Gdansk, later served as Poland's president. Alexei Navalny's Anti-Corruption Foundation, which he founded in 2011, now operates from Vilnius.",
			[]string{"country/rwanda supports org/m23", "person/lech-walesa founded org/solidarity", "person/alexei-navalny founded org/anti-corruption-foundation"},
			[]string{"org/european-union sanctions country/rwanda"}}, // "the country's" is the one named before; a body's rebels are the body; a trade union; "which he founded"
		{"supports", "The report questioned the country's support for M23 rebels. The Anti-Corruption Foundation, which he praised, operates from Vilnius.",
			nil, []string{"person/alexei-navalny founded org/anti-corruption-foundation"}},
		{"opposes", "Cuba's foreign minister Bruno Rodriguez condemned the U.S. embargo as an act of economic warfare. Turkey denounced the Israeli blockade of Gaza. Mali turned to Russia for help.",
			[]string{"person/bruno-rodriguez opposes country/united-states", "country/turkey opposes country/israel", "country/russia aids country/mali"}, nil}, // a state's hostile act condemned; help sought and found
		{"opposes", "Germany praised the Russian ballet. Cuba did not condemn the U.S. embargo. Mali turned to Russia for answers. Russia and China oppose U.N. sanctions on Iran.",
			nil, []string{"country/germany opposes country/russia", "country/cuba opposes country/united-states", "country/russia aids country/mali", "country/russia opposes org/united-nations"}},
		{"opposes", "Blinken called Ukraine a nation under threat. Zelensky called Poland a shield against the aggressor. Zelensky called Israel a fellow democracy facing terrorists. Pelosi campaigned for Trump's impeachment. Hamas said it was ready to talk with Israel, but Qatar accused it of stalling.",
			nil, []string{"person/blinken opposes country/ukraine", "person/zelensky opposes country/poland", "person/zelensky opposes country/israel", "person/pelosi supports person/trump", "country/qatar opposes country/israel"}}, // an insult must name what the name is called; a cause is not its target; "it" with two bodies before
		{"member-of", "The EU, which brought together Serbia and Kosovo for talks in Brussels, welcomed the deal. Lavrov left the G20 early on Saturday. Washington sanctioned Kagame, and Congo welcomed the move.",
			nil, []string{"country/serbia member-of org/european-union", "person/lavrov member-of org/g20", "country/united-states sanctions country/democratic-republic-of-the-congo"}}, // a meeting hosted; a summit left; a clause of its own after ", and"
		{"leader-of", "Ukrainian President Volodymyr Zelensky replaced army chief Valery Zaluzhny in February. Russian President Vladimir Putin replaced Defence Minister Sergei Shoigu with Andrei Belousov. The U.S. imposed sanctions on Paul Kagame over the country's support for M23 rebels.",
			nil, []string{"person/valery-zaluzhny leader-of country/ukraine", "person/sergei-shoigu leader-of country/russia", "country/united-states supports org/m23"}}, // a dismissal is no succession; "the country" is Kagame's, unnamed
		{"opposes", "Beijing's support for Moscow's war effort has drawn criticism from NATO. China's decision drew protests from Japan.",
			[]string{"org/nato opposes country/china", "country/japan opposes country/china"}, nil}, // a reaction to what an actor did
		{"opposes", "The decision drew protests from Japan. China's decision did not draw protests from Japan.",
			nil, []string{"country/japan opposes country/china"}},
		{"opposes", "Pakistan on Wednesday accused India of sponsoring terrorism. A Foreign Ministry spokesman, Andrei Popov, Tuesday accused the United States of lying.",
			[]string{"country/pakistan opposes country/india", "person/andrei-popov opposes country/united-states"}, nil}, // the day between the subject and its verb
		{"opposes", "A spokeswoman for Israeli Prime Minister Ehud Olmert Tuesday also criticized Syria.",
			nil, []string{"person/ehud-olmert opposes country/syria"}}, // the spokeswoman's words, past the title in the phrase
		{"opposes", "The talks with Russia collapsed when Ukraine accused it of bad faith.",
			[]string{"country/ukraine opposes country/russia"}, nil}, // a pronoun object: the state named before, not the subject
		{"opposes", "Ukraine did not accuse it of anything, Russia said. Ukraine accused it of bad faith.",
			nil, []string{"country/ukraine opposes country/russia", "country/ukraine opposes country/ukraine"}},
		{"opposes", "Trump called Kim Jong Un a friend. Macron called Putin on Friday. Lula did not call Milei a liar. Putin called Xi Jinping a dear friend.",
			nil, []string{"person/trump opposes person/kim-jong-un", "person/macron opposes person/putin", "person/lula opposes person/milei", "person/putin opposes person/xi-jinping"}},
		{"aids", "Qatar pledged $500 million to rebuild Gaza. Egypt sent aid to Darfur.",
			[]string{"country/qatar aids location/gaza-strip", "country/egypt aids location/darfur"}, nil}, // a territory's people; money for a purpose
		{"aids", "Israel sent troops to Gaza. Qatar may send aid to Gaza. Egypt sent aid to Gaza hospitals last week.",
			nil, []string{"country/israel aids location/gaza-strip", "country/qatar aids location/gaza-strip", "country/egypt aids location/gaza-strip"}},
		{"aids", "Iran has armed Lebanese Hezbollah for years.", // the name the demonym qualifies is the one armed
			[]string{"country/iran aids org/hezbollah"}, []string{"country/iran aids country/lebanon"}},
		{"attacked", "Israel attacked Lebanese Hezbollah in 2006.",
			[]string{"country/israel attacked org/hezbollah"}, []string{"country/israel attacked country/lebanon"}},
		{"aids", "The strike targeted Iranian arms destined for Lebanese Hezbollah guerrillas.", // the demonym qualifies the name after it
			nil, []string{"country/iran aids country/lebanon"}},
		{"aids", "A top Russian lawmaker is denying a newspaper report that Russia has helped Iran acquire missiles.",
			nil, []string{"country/russia aids country/iran"}},
		{"killed", "Tom Brown is being held on a 99-year sentence for the April 4, 1968, slaying of Bill King. Sirhan, a Christian Arab, was sentenced to death for Kennedy's murder but was spared from the gas chamber.",
			[]string{"person/tom-brown killed person/bill-king @punished-for", "person/sirhan killed person/kennedy @punished-for"}, nil}, // a punishment for a killing names the killer; the possessor of the killing is its victim
		{"killed", "Tom Brown spent 20 years in prison for the murder of Bill King before DNA evidence freed him. Ed Fox was charged in Sam Lee's murder.",
			nil, []string{"person/tom-brown killed person/bill-king", "person/ed-fox killed person/sam-lee"}}, // cleared; a charge only
		{"killed", "Tom Brown is in jail for the attempted murder of Bill King.",
			nil, []string{"person/tom-brown killed person/bill-king"}}, // no death (the pair classifier's guess)
		{"titles", "The new head of the IMF is Kristalina Georgieva. The current NATO secretary-general is Mark Rutte. The Russian foreign minister is Sergei Lavrov.",
			[]string{"person/kristalina-georgieva leader-of org/imf @copula-title", "person/mark-rutte leader-of org/nato @copula-title", "person/sergei-lavrov works-for country/russia @copula-title"}, nil},
		{"titles", "The next NATO chief is Mark Rutte. The likely head of the IMF is Kristalina Georgieva. The nominated Reuters editor is Stephen Adler. The OSCE chief was Rutte's guest.",
			nil, []string{"person/mark-rutte leader-of org/nato", "person/kristalina-georgieva leader-of org/imf", "person/stephen-adler works-for org/reuters", "person/mark-rutte leader-of org/osce"}}, // not yet in office; a guest, not the holder
		{"titles", "The dismissed Supreme Court judge was Khin Maung Aye.", // an adjective, no denial
			[]string{"person/khin-maung-aye works-for org/supreme-court"}, nil},
		{"meetings", "Antony Blinken sat down with Wang Yi in Bali. Vladimir Putin was received by Xi Jinping in Beijing. The plan was welcomed by Angela Merkel.",
			[]string{"person/antony-blinken met-with person/wang-yi", "person/vladimir-putin met-with person/xi-jinping"}, nil},
		{"titles", "Russian President Vladimir Putin met Xi. Putin's spokesman, Dmitry Peskov, said the talks went well. Putin's wife, Lyudmila, agreed.", // a leader's staff serve the state
			[]string{"person/dmitry-peskov works-for country/russia / spokesman"}, []string{"person/lyudmila works-for country/russia"}},
		{"titles", "Volodymyr Zelensky was elected president of Ukraine in 2019. Emmanuel Macron won a second term as French president. Bola Tinubu was sworn in as Nigeria's president.", // an office taken
			[]string{"person/volodymyr-zelensky leader-of country/ukraine", "person/emmanuel-macron leader-of country/france", "person/bola-tinubu leader-of country/nigeria"}, nil},
		{"titles", "Robert Zoellick said if he is appointed president of the World Bank, he will act. Juan Guaido was not elected president of Venezuela. Liz Truss will be sworn in as British prime minister.",
			nil, []string{"person/robert-zoellick leader-of org/world-bank", "person/juan-guaido leader-of country/venezuela", "person/liz-truss leader-of country/united-kingdom"}},
		{"titles", "Alexander Lukashenko, a close ally of Putin, has ruled Belarus since 1994. Iraq was governed by Saddam Hussein for decades. The court ruled Belarus must pay.", // ruled
			[]string{"person/alexander-lukashenko leader-of country/belarus", "person/saddam-hussein leader-of country/iraq"}, nil},
		{"titles", "Russia's ambassador to the United Nations, Vasily Nebenzya, spoke. The U.S. ambassador to Ukraine, Bridget Brink, said so. The Russian foreign minister, Sergei Lavrov, agreed.", // an envoy's post; the holder before the title
			[]string{"person/vasily-nebenzya works-for country/russia", "person/bridget-brink works-for country/united-states", "person/sergei-lavrov works-for country/russia"},
			[]string{"person/vasily-nebenzya works-for org/united-nations", "person/bridget-brink works-for country/ukraine"}},
		{"titles", "U.N. financial spokesman Fred Eckhard spoke. Kyrgyzstan's provisional leader Roza Otunbayeva spoke. Burmese pro-democracy leader Aung San Suu Kyi spoke. Jordanian terrorist leader Abu Musab al-Zarqawi hid.", // an adjective in the title; a cause's leader leads no state
			[]string{"person/fred-eckhard member-of org/united-nations", "person/roza-otunbayeva leader-of country/kyrgyzstan"},
			[]string{"person/aung-san-suu-kyi leader-of country/myanmar", "person/abu-musab-al-zarqawi leader-of country/jordan"}},
		{"titles", "Jens Stoltenberg, who heads NATO, spoke. Hassan Nasrallah, who has led Hezbollah since 1992, spoke.", // leadership told by a verb
			[]string{"person/jens-stoltenberg leader-of org/nato", "person/hassan-nasrallah leader-of org/hezbollah"}, nil},
		{"titles", "Kobe Bryant led the Los Angeles Lakers to a win. Lionel Messi led Argentina to the title.",
			nil, []string{"person/kobe-bryant leader-of org/los-angeles-lakers", "person/lionel-messi leader-of country/argentina"}},
		{"meetings", "Lukashenko and Putin held a gathering in Moscow. Xi Jinping conferred with Narendra Modi in Delhi.", // paraphrased meetings
			[]string{"person/lukashenko met-with person/putin", "person/narendra-modi met-with person/xi-jinping"}, nil},
		{"attacked", "Russia's warfare against Ukraine continued. Israel's naval assault on Gaza began.",
			[]string{"country/russia attacked country/ukraine", "country/israel attacked location/gaza-strip"}, nil},
		{"attacked", "Labor won the vote. The Israeli military says it has carried out three air strikes on Gaza.", // "it" is the military's state
			[]string{"country/israel attacked location/gaza-strip"}, []string{"org/labor attacked location/gaza-strip"}},
		{"supports", "The National Miners Union went on strike to support Gomez. Egypt's ruling party said Wednesday that it will back Hosni Mubarak. Russia invaded Ukraine. Officials said it also backs Belarus.",
			[]string{"country/russia supports country/belarus"}, []string{"org/national-miners-union supports person/hosni-mubarak"}}, // "it" is the unnamed speaker, not the last story's union
		{"supports", "Insurgents want to topple Iraq's U.S.-backed government. Rebels fought the Ethiopian-backed government of Somalia.",
			[]string{"country/united-states supports country/iraq", "country/ethiopia supports country/somalia"}, nil}, // the state whose government is backed
		{"supports", "Iraqi U.S.-backed government forces attacked. Russia's Iranian-backed allies met.",
			nil, []string{"country/united-states supports country/iraq", "country/iran supports country/russia"}}, // a demonym names no state's government here; allies are no government
		{"supports", "The attack was aimed at the Iranian-backed Badr Brigade. Kremlin-backed Chechen President Akhmad Kadyrov was killed. Uzbekistan shut U.S.-funded Radio Free Europe.",
			[]string{"country/iran supports org/badr-organization", "country/russia supports person/akhmad-kadyrov", "country/united-states aids org/rfe-rl"},
			[]string{"person/akhmad-kadyrov leader-of country/russia", "org/badr-organization based-in country/iran"}}, // a backer inside a hyphenated word; its title is not the backer's
		{"supports", "Belarus, a member of the Collective Security Treaty Organization, backs Russia.", // a long name is one word of an apposition
			[]string{"country/belarus supports country/russia", "country/belarus member-of org/csto"}, nil},
		{"meetings", "A meeting between Benjamin Netanyahu and U.S. Middle East envoy George Mitchell took place. A meeting between Ehud Olmert and Mahmoud Abbas has been postponed.", // the envoy past his region; a meeting called off
			[]string{"person/benjamin-netanyahu met-with person/george-mitchell"},
			[]string{"country/united-states met-with person/benjamin-netanyahu", "person/ehud-olmert met-with person/mahmoud-abbas"}},
		{"meetings", "German Chancellor Olaf Scholz arrived in Kyiv. The chancellor met Volodymyr Zelensky. NATO Secretary General Jens Stoltenberg spoke. The NATO chief met Recep Tayyip Erdogan.", // a bare title, a body's chief
			[]string{"person/olaf-scholz met-with person/volodymyr-zelensky", "person/jens-stoltenberg met-with person/recep-tayyip-erdogan"}, nil},
		{"meetings", "President Joe Biden and Vice President Kamala Harris spoke. The president met Olaf Scholz. President Emmanuel Macron and President Xi Jinping arrived. The president met Olaf Scholz.", // one holder only
			[]string{"person/joe-biden met-with person/olaf-scholz"}, []string{"person/kamala-harris met-with person/olaf-scholz", "person/emmanuel-macron met-with person/olaf-scholz", "person/xi-jinping met-with person/olaf-scholz"}},
		{"membership", "President Joe Biden spoke. The event was attended by the president, members of the U.S. Congress and diplomats. The president of Niger, Mamadou Tandja, came.",
			[]string{"person/mamadou-tandja leader-of country/niger"}, []string{"person/joe-biden member-of org/us-congress", "person/joe-biden leader-of country/niger"}},
		{"attacked", "Hamas fired rockets. The militant group attacked Israel. Hezbollah spoke. The group attacked Jordan.", // a described body: with its kind, and the one named last
			[]string{"org/hamas attacked country/israel"}, []string{"org/hezbollah attacked country/jordan"}},
		{"seeking membership", "Nepal held elections. The Himalayan kingdom has sought to join the WTO. Georgia spoke. The former Soviet republic has sought to join NATO. Kenya spoke. The Soviet republic attacked Poland.", // a country by its kind
			[]string{"country/nepal seeks-membership org/wto", "country/georgia seeks-membership org/nato"}, []string{"country/kenya attacked country/poland"}},
		{"seeking membership", "Ukraine asked for help. The country has sought to join NATO. Germany and France met. The country backs Moldova.", // the previous sentence's lone subject
			[]string{"country/ukraine seeks-membership org/nato"}, []string{"country/germany supports country/moldova", "country/france supports country/moldova"}},
		{"founded", "Hamas was founded in 1987 by Sheikh Ahmed Yassin. Bill Gates co-founded Microsoft with Paul Allen in 1975.", // a date before "by"; the partner
			[]string{"person/ahmed-yassin founded org/hamas", "person/bill-gates founded org/microsoft", "person/paul-allen founded org/microsoft"}, nil},
		{"founded", "The Workers' Party was founded in 1945 by Kim Jong-il's father, Kim Il-sung.", // the father's doing
			nil, []string{"person/kim-jong-il founded org/workers-party"}},
		{"titles", "Iraq's election commission counted votes in Iraq. Iraqi officials praised the turnout across Iraq. In Baghdad, Iraqi voters celebrated. " +
			"The violence came as President Bush joined other world leaders in praising the results from Iraq's elections. Visiting President Jacques Chirac spoke in Baghdad.", // guests of the story's country lead it not
			nil, []string{"person/bush leader-of country/iraq", "person/bush works-for country/iraq", "person/jacques-chirac leader-of country/iraq"}},
		{"titles", "Antony Blinken met his Russian counterpart Sergei Lavrov.", // a counterpart is the other state's official
			[]string{"person/sergei-lavrov works-for country/russia"}, nil},
		{"meetings", "Fumio Kishida and his South Korean counterpart Yoon Suk Yeol met in Seoul. Antony Blinken met his Chinese counterpart, Wang Yi, in Beijing.", // a counterpart named after the title
			[]string{"person/fumio-kishida met-with person/yoon-suk-yeol", "person/antony-blinken met-with person/wang-yi"}, nil},
		{"meetings", "Joe Biden held a phone call with Volodymyr Zelensky. Vladimir Putin held a televised meeting with Sergei Kiriyenko.", // a call is no meeting; a televised meeting is one
			[]string{"person/sergei-kiriyenko met-with person/vladimir-putin"}, []string{"person/joe-biden met-with person/volodymyr-zelensky"}},
		{"meetings", "Officials confirmed that Putin met Lukashenko.",
			[]string{"person/lukashenko met-with person/putin"}, nil},
		{"sanctions", "Belarus dismissed the latest U.S.-imposed sanctions on President Alexander Lukashenko.", // the imposer inside a hyphenated word
			[]string{"country/united-states sanctions person/alexander-lukashenko"}, []string{"country/belarus sanctions person/alexander-lukashenko"}},
		{"sanctions", "Last week the United States said it is renewing sanctions on Burma. Washington has maintained sanctions on Cuba for decades.",
			[]string{"country/united-states sanctions country/myanmar", "country/united-states sanctions country/cuba"}, nil},
		{"sanctions", "The EU plans to maintain sanctions on Iran. The EU may renew sanctions on Syria. Japan did not renew sanctions on China.",
			nil, []string{"org/european-union sanctions country/iran", "org/european-union sanctions country/syria", "country/japan sanctions country/china"}},
		{"sanctions", "The United States imposed sanctions on Russia.",
			[]string{"country/united-states sanctions country/russia"}, nil},
		{"sanctions", "Britain imposed sanctions on Russia.", // the tagger reads "imposed" as an adjective here
			[]string{"country/united-kingdom sanctions country/russia"}, nil},
		{"sanctions", "The EU met in Brussels. The union imposed sanctions on Russia.",
			[]string{"org/european-union sanctions country/russia"}, nil},
		{"sanctions", "Last week, the African Union imposed sanctions on Togo demanding the country restore constitutional rule.",
			[]string{"org/african-union sanctions country/togo"}, nil},
		{"sanctions", "The EU might sanction Iran.",
			nil, []string{"org/european-union sanctions country/iran"}},
		{"supports", "Belarus supports Russia.",
			[]string{"country/belarus supports country/russia"}, nil},
		{"supports", "Britain, France and Germany, backed by the United States, want Iran to give up enrichment.",
			[]string{"country/united-states supports country/united-kingdom", "country/united-states supports country/france",
				"country/united-states supports country/germany"}, []string{"country/united-states supports country/iran"}},
		{"supports", "NATO met in Brussels. The alliance may support Kyiv.", // modality
			nil, []string{"org/nato supports country/ukraine"}},
		{"supports", "NATO Secretary General Jens Stoltenberg said the military alliance supports Kyiv.",
			[]string{"org/nato supports country/ukraine @supports-verb"}, nil},
		{"attacks", "Kyiv, which Moscow threatened to attack, is calm.", // a threat, no attack
			nil, []string{"country/russia attacked country/ukraine"}},
		{"attacks", "Kyiv, which Moscow attacked in February, is holding out.", // object before the relative clause
			[]string{"country/russia attacked country/ukraine"}, []string{"country/ukraine attacked country/russia"}},
		{"attacks", "Russia invaded Ukraine in February. It has also attacked Georgia.", // "it" is the subject before
			[]string{"country/russia attacked country/georgia"}, []string{"country/ukraine attacked country/georgia"}},
		{"supports", "Russia backed Mr. Yushchenko's opponent, and the United States endorsed Mr. Flores' candidacy.",
			[]string{"country/united-states supports person/flores"}, []string{"country/russia supports person/yushchenko"}},
		{"killed", "Hamas spiritual leader Sheikh Ahmed Yassin was killed in an Israeli air strike. Yusuf Khan was killed in a Taliban ambush.",
			[]string{"country/israel killed person/ahmed-yassin", "org/taliban killed person/yusuf-khan"}, nil}, // whose strike it was
		{"killed", "Yusuf Khan was killed in a suicide attack in Pakistan. Ali Wali was not killed in a U.S. raid.",
			nil, []string{"country/pakistan killed person/yusuf-khan", "country/united-states killed person/ali-wali"}},
		{"killed", "Taliban militants kidnapped and killed a pro-government tribal elder, Maulana Abdul Haleem, and dumped his body. Taliban militants overran Musa Qala in February.",
			[]string{"org/taliban killed person/abdul-haleem", "org/taliban attacked location/musa-qala"}, nil}, // a body's fighters; the one a description sets off
		{"killed", "Palestinian militants killed Abdul Haleem. The Taliban killed a man, and Yusuf Khan fled.",
			nil, []string{"country/palestine killed person/abdul-haleem", "org/taliban killed person/yusuf-khan"}},
		{"killed", "Ray Martinez, who as a policeman killed sniper Charles Whitman in 1966, retired.",
			[]string{"person/ray-martinez killed person/charles-whitman"}, nil}, // a role phrase after "who", a trade before the name
		{"supports", "Russia backed NATO chief Jaap de Hoop Scheffer.",
			[]string{"country/russia supports person/jaap-de-hoop-scheffer"}, []string{"country/russia supports org/nato"}},
		{"killed", "Cheney shot Texas lawyer Harry Whittington by accident. Jack Ruby shot Oswald.",
			nil, []string{"person/cheney killed person/harry-whittington", "person/jack-ruby killed person/oswald"}}, // one can be shot and live
		{"killed", "Jack Ruby fatally shot Oswald, and Sirhan Sirhan shot Robert Kennedy to death.",
			[]string{"person/jack-ruby killed person/oswald", "person/sirhan-sirhan killed person/robert-kennedy"}, nil},
		{"killed", "John Wilkes Booth shot Lincoln during the third act, mortally wounding him. Robert Kennedy was shot by Sirhan Sirhan and mortally wounded.",
			[]string{"person/john-wilkes-booth killed person/lincoln", "person/sirhan-sirhan killed person/robert-kennedy"}, nil}, // the wound that killed, told after the shot
		{"killed", "President John Kennedy rode through Dallas. Lee Harvey Oswald fired the shots that killed him.",
			[]string{"person/lee-harvey-oswald killed person/john-kennedy"}, nil}, // "him": the one person the sentence before is about
		{"killed", "President John Kennedy met Governor John Connally. Lee Harvey Oswald fired the shots that killed him. Mrs. Ann Lee rode through Dallas. Tom Brown fired the shots that killed him.",
			nil, []string{"person/lee-harvey-oswald killed person/john-kennedy", "person/lee-harvey-oswald killed person/john-connally", "person/tom-brown killed person/ann-lee"}}, // two he could be; a woman is no "him"
		{"killed", "The cast includes Tom Brown as Leon Czolgosz (who assassinated President William McKinley) and others.",
			[]string{"person/leon-czolgosz killed person/william-mckinley @killed-verb"}, // a relative clause in brackets
			[]string{"person/tom-brown killed person/william-mckinley"}},
		{"killed", "A jury convicted Highway 50 sniper Kenneth Millikan of killing BART employee Peter Martinelli.",
			[]string{"person/kenneth-millikan killed person/peter-martinelli @killed-noun"}, nil}, // the killing family's light verb, past the words describing each
		{"killed", "The gun Jack Ruby used to kill Lee Harvey Oswald was never found. Kenneth Millikan was not convicted of killing Peter Martinelli.",
			[]string{"person/jack-ruby killed person/lee-harvey-oswald @used-to-kill"}, // a negation outside the reading
			[]string{"person/kenneth-millikan killed person/peter-martinelli"}},
		{"attacked", "John Smith stabbed Tom Hill after a stray dog bit him. Tom Brown shot Jim Gray by accident.",
			[]string{"person/john-smith attacked person/tom-hill"}, // another clause's "stray"
			[]string{"person/tom-brown attacked person/jim-gray"}},
		{"killed", "John Smith shot Tom Jones and killed Bill Jones. Ann Lee shot Tom Hill over a death threat. Jim Gray shot Tom Brown, who later died.",
			[]string{"person/john-smith attacked person/tom-jones", "person/ann-lee attacked person/tom-hill", "person/jim-gray killed person/tom-brown"}, // another's killing, a threat: the shot alone
			[]string{"person/john-smith killed person/tom-jones", "person/ann-lee killed person/tom-hill"}},
		{"killed", "Ali Hassan shot Omar Said, but Hamid Karzai was mortally wounded in another attack.",
			nil, []string{"person/ali-hassan killed person/omar-said", "person/ali-hassan killed person/hamid-karzai"}},
		{"killed", "The commission concluded that Lee Harvey Oswald acted alone in the Kennedy slaying. Jim Garrison believed that Clay Shaw did not act alone in the assassination of President Robert Brown.",
			[]string{"person/lee-harvey-oswald killed person/kennedy @acted-alone", "person/clay-shaw killed person/robert-brown @acted-alone"}, nil}, // not acting alone is taking part
		{"killed", "Police said Tom Smith acted alone in the attempted murder of Bill Jones. Ann Lee acted alone in the robbery of Jim Gray's store.",
			nil, []string{"person/tom-smith killed person/bill-jones", "person/ann-lee killed person/jim-gray"}},
		{"killed", "Atahualpa was murdered on the orders of Spanish conqueror Francisco Pizarro. Luis Galan was killed on orders from Pablo Escobar. Darci Pereira fired the shotgun that killed Chico Mendes.",
			[]string{"person/francisco-pizarro killed person/atahualpa @killed-passive", "person/pablo-escobar killed person/luis-galan @killed-passive", "person/darci-pereira killed person/chico-mendes @killed-verb"}, nil}, // who gave the order; the weapon he fired
		{"killed", "Five students were killed on the orders of the junta. Tom Hill was not killed on the orders of John Brown. Ann Lee fired the gun that hit Jim Gray.",
			nil, []string{"person/john-brown killed person/tom-hill", "person/ann-lee killed person/jim-gray"}},
		{"killed", "Crowds remembered President Kennedy where Lee Harvey Oswald fired the shots that killed him.",
			[]string{"person/lee-harvey-oswald killed person/kennedy"}, nil}, // "him": the one other person named before
		{"killed", "Italian judge Giovanni Falcone was killed by a Cosa Nostra bomb near Palermo. A Taliban suicide bomber killed Ahmed Khan in Kandahar. Saudi Arabia executed 47 people, including prominent Shi'ite cleric Nimr al-Nimr.",
			[]string{"org/cosa-nostra killed person/giovanni-falcone", "org/taliban killed person/ahmed-khan", "country/saudi-arabia killed person/nimr-al-nimr"}, nil},
		{"killed", "A Palestinian suicide bomber killed Ahmed Khan. Saudi Arabia spared 47 people, including Nimr al-Nimr.",
			nil, []string{"country/palestine killed person/ahmed-khan", "country/saudi-arabia killed person/nimr-al-nimr"}}, // a man of a nation, not its state
		{"killed", "Police officer Darren Wilson shot Ahmed Khan, who had mortally wounded a security guard. Mehmet Ali Agca shot Pope John Paul II, whom doctors feared had been mortally wounded.",
			nil, []string{"person/darren-wilson killed person/ahmed-khan", "person/mehmet-ali-agca killed person/john-paul-ii"}}, // another's wound, or a fear
		{"killed", "Prime Minister Nawaz Sharif visited the family of Salman Taseer, whose bodyguard Mumtaz Qadri killed him in 2011.",
			nil, []string{"person/mumtaz-qadri killed person/nawaz-sharif"}}, // the visitor is not whom "him" means
		{"killed", "Tom Smith praised Bill Jones, and Jim Brown later killed him.",
			nil, []string{"person/jim-brown killed person/bill-jones", "person/jim-brown killed person/tom-smith"}}, // two he could be
		{"killed", "Jack Ruby killed Kennedy's killer. Gunmen killed Governor Ahmed Khan's son on Friday.",
			nil, []string{"person/jack-ruby killed person/kennedy"}},
		{"aids", "Australia has provided patrol boats and police training to Papua New Guinea. Russia sold fighter jets to India.",
			[]string{"country/australia aids country/papua-new-guinea"}, []string{"country/russia aids country/india"}}, // a sale is no aid
		{"supports", "Azerbaijani President Ilham Aliyev said Turkey was giving Baku moral support. Amedy Coulibaly had pledged allegiance to Islamic State.",
			[]string{"country/turkey supports country/azerbaijan @gave-support", "person/amedy-coulibaly supports org/islamic-state"}, nil},
		{"supports", "Turkey did not give Baku any support. The Kremlin gave Ukraine a warning. Philippine President Benigno Aquino met Moro Islamic Liberation Front (MILF) chairman Al Haj Murad Ebrahim in Manila.",
			[]string{"person/benigno-aquino met-with person/al-haj-murad-ebrahim"}, []string{"country/turkey supports country/azerbaijan", "country/russia supports country/ukraine", "org/moro-islamic-liberation-front met-with person/benigno-aquino"}},
		{"supports", "Belarus does not support Russia.",
			nil, []string{"country/belarus supports country/russia"}},
		{"aids", "The United States sent weapons to Ukraine.",
			[]string{"country/united-states aids country/ukraine"}, nil},
		{"aids", "Ann Veneman and U.N. AIDS chief Peter Piot attended.",
			nil, []string{"org/united-nations aids person/peter-piot", "person/ann-veneman aids person/peter-piot"}},
		{"aids", "Britain refused to send tanks to Ukraine.",
			nil, []string{"country/united-kingdom aids country/ukraine"}},
		{"negotiates", "Russia held talks with Ukraine in Istanbul.",
			[]string{"country/russia negotiates-with country/ukraine"}, nil},
		{"negotiates", "Russia and Ukraine held talks in Istanbul.",
			[]string{"country/russia negotiates-with country/ukraine"}, nil},
		{"negotiates", "Russia and Ukraine held peace talks in Istanbul.",
			[]string{"country/russia negotiates-with country/ukraine"}, nil},
		{"founded", "Facebook, founded by Mark Zuckerberg, grew fast.", // a reduced relative clause
			[]string{"person/mark-zuckerberg founded org/meta-platforms @founded-passive"}, nil},
		{"founded", "Facebook, founded in California, grew fast.",
			nil, []string{"location/california founded org/meta-platforms"}},
		{"negotiates", "Russia has refused to hold talks with Ukraine.",
			nil, []string{"country/russia negotiates-with country/ukraine"}},
		{"attacks", "Indian scientists plan to use the ISRO rocket. Two Lebanese soldiers were killed, as the army continues its assault against Islamic militants in a Palestinian camp.",
			nil, []string{"org/indian-space-research-organisation attacked country/palestine", "org/isro attacked country/palestine"}}, // the army's assault
		{"places", "Cheney is heading to the Middle East for visits to Saudia Arabia, Israel, the West Bank, and Turkey.",
			nil, []string{"location/saudia-arabia located-in country/israel"}}, // a list of countries
		{"places", "PyeongChang, South Korea, Salzburg, Austria, Sochi, Russia and Sofia, Bulgaria are also candidates.",
			[]string{"location/pyeongchang located-in country/south-korea", "location/sofia located-in country/bulgaria"}, nil}, // a list of places and their countries
		{"places", "Pacific Marine Inc. of Houston said the Karachi University ship sank.",
			[]string{"org/pacific-marine-inc based-in location/houston"}, []string{"org/pacific-marine-inc based-in location/pacific-ocean"}}, // no seat at sea
		{"places", "The singer had surgery at a hospital in Atlanta, Georgia, and near Gori, Georgia, a war was fought.",
			[]string{"location/atlanta located-in location/georgia-us-state", "location/gori located-in country/georgia"},
			[]string{"location/atlanta located-in country/georgia"}}, // the U.S. state, whose bare name is the country's
		{"places", "Unlike the rest of Central America, Costa Rica is not highly dependent on remittances.",
			nil, []string{"location/central-america located-in country/costa-rica"}}, // a region holds countries
		{"places", "Protesters threw bricks at the British Embassy in Tehran. The British Embassy in Jakarta said a ship will stay.",
			[]string{"org/british-embassy-iran based-in location/tehran", "org/british-embassy-indonesia based-in location/jakarta"},
			[]string{"org/british-embassy-iran based-in country/united-kingdom", "org/british-embassy-indonesia based-in location/tehran"}}, // two embassies, abroad
		{"places", "MTV has already launched stations in North America, Europe, Latin America, and Asia.",
			nil, []string{"location/europe located-in location/latin-america"}}, // a continent lies in nothing
		{"membership", "Backed by London-based Pathe Productions, BBC Films, and DJ Films, the project has yet to be cast.",
			nil, []string{"person/pathe-productions member-of org/dj-films", "person/pathe-productions member-of org/dj-films"}}, // items of one list
		{"places", "Speaking on a trip to Moscow, Israel's foreign minister, Silvan Shalom, also expressed concern.",
			[]string{"person/silvan-shalom works-for country/israel"}, []string{"location/moscow-israel located-in country/israel"}},
		{"titles", "Very few people knew she worked for the C.I.A. Mr. Wilson has said his wife was outed.",
			nil, []string{"person/wilson member-of org/cia"}}, // no body's "Mr."
		{"places", "Elsewhere, in the southern Shi'ite holy city of Najaf, U.S. forces handed over control of the city.",
			nil, []string{"location/najaf-united-states located-in country/united-states", "location/najaf located-in country/united-states"}},
		{"employment", `Reports say the American singer Clarence "Gatemouth" Brown has died. According to Associated Press, Brown died Saturday in Orange, Texas.`,
			[]string{"person/clarence-brown citizen-of country/united-states"}, []string{"person/clarence-brown member-of org/associated-press"}},
		{"places", "Former Senator Max Cleland of Georgia said the plan is not working. President Mikheil Saakashvili of Georgia met Putin.",
			[]string{"person/max-cleland lives-in location/georgia-us-state", "person/mikheil-saakashvili leader-of country/georgia"},
			[]string{"person/max-cleland works-for country/georgia", "person/max-cleland citizen-of country/georgia"}},
		{"places", "Burmese activists have gathered outside the Russian Embassy in Malaysia.",
			nil, []string{"org/russian-embassy-in-malaysia based-in country/russia"}}, // an embassy sits abroad
		{"places", "The Africa Commission calls on rich nations to end trade barriers.",
			nil, []string{"org/africa-commission based-in location/africa"}}, // a continent is no seat
		{"titles", "Attendees include British Prime Minister Tony Blair, U.N. Secretary General Kofi Annan and Israel's Deputy Prime Minister Shimon Peres.",
			[]string{"person/kofi-annan leader-of org/united-nations", "person/tony-blair leader-of country/united-kingdom"},
			[]string{"person/tony-blair leader-of org/united-nations"}}, // a list, no apposition
		{"titles", "Dominique McAdams, head of the U.N. bureau in Congo, spoke. Khaled Mashaal, leader of the Hamas movement, said so.",
			[]string{"person/dominique-mcadams member-of org/united-nations", "person/khaled-mashaal leader-of org/hamas"},
			[]string{"person/dominique-mcadams leader-of org/united-nations"}}, // a bureau's head, the movement's leader
		{"attacked", "A general will surrender to the U.N.'s war crimes tribunal for the former Yugoslavia.",
			nil, []string{"org/united-nations attacked country/yugoslavia"}}, // a noun that modifies another
		{"titles", "Taliban leader Mullah Mohammad Omar said so. In Beirut, Hezbollah leader Sheik Hassan Nasrallah agreed.",
			[]string{"person/mohammad-omar leader-of org/taliban", "person/hassan-nasrallah leader-of org/hezbollah"}, nil}, // a style after the office
		{"titles", "President Viktor Yushchenko warned parliament. An Egyptian court rejected the appeal of a blogger convicted for insulting the Egyptian president.",
			nil, []string{"person/viktor-yushchenko leader-of country/egypt"}}, // a digest: nothing before was about Egypt
		{"titles", "Michael Scheuer, the former chief of the CIA's Osama bin Laden unit, said so. Barcelona's Andres Iniesta scored.",
			[]string{"person/andres-iniesta member-of org/barcelona"}, []string{"person/osama-bin-laden member-of org/cia"}},
		{"titles", "Following the apology, Bosnian Serb President Dragan Cavic urged suspects to surrender. Paracha posed as former U.S. resident Majid Khan.",
			[]string{"person/dragan-cavic leader-of location/republika-srpska", "person/majid-khan lives-in country/united-states"},
			[]string{"person/dragan-cavic leader-of country/bosnia-and-herzegovina", "person/majid-khan citizen-of country/united-states"}},
		{"titles", "Militants kidnapped Mrs. Hassan, the director of the Baghdad office of Care International. Ken Livingstone, the mayor of London, spoke.",
			[]string{"person/hassan member-of org/care-international", "person/ken-livingstone leader-of location/london"},
			[]string{"person/hassan leader-of country/iraq", "person/ken-livingstone leader-of country/united-kingdom"}},
		{"titles", "Zoellick met with Premier Wen Jiabao Tuesday. The German chancellor opposes the ban.",
			nil, []string{"person/wen-jiabao leader-of country/germany"}}, // a chancellor is no premier
		{"titles", "We cannot remember when (Croatian President) Franjo Tudjman was so cheery.",
			[]string{"person/franjo-tudjman leader-of country/croatia"}, nil}, // an editor's bracketed title
		{"titles", "U.N. Sanctions chief Ellen Loj and European Union Foreign Policy chief Javier Solana spoke. NATO chief Jaap de Hoop Scheffer agreed.",
			[]string{"person/ellen-loj member-of org/united-nations", "person/javier-solana member-of org/european-union", "person/jaap-de-hoop-scheffer leader-of org/nato"},
			[]string{"person/ellen-loj leader-of org/united-nations", "person/javier-solana leader-of org/european-union"}},
		{"places", "The Arctic Ocean is the smallest of the world's five oceans (after the Pacific Ocean, Atlantic Ocean, Indian Ocean, and the Southern Ocean).",
			nil, []string{"location/atlantic-ocean located-in location/indian-ocean"}}, // an ocean is in no ocean
		{"places", "VOA's Barry Wood in New Orleans tells us about a French Quarter hotel.",
			nil, []string{"org/voice-of-america based-in location/new-orleans"}}, // where the reporter is
		{"places", "Cheney flew on to Oman, Saudia Arabia, Israel.",
			nil, []string{"location/saudia-arabia located-in country/israel"}}, // a country before, a country after
		{"employment", "Sun Laiyan, who spoke at Beijing Jiaotong University, says China will continue research. Lin Chen, a professor at Beijing Jiaotong University, agreed.",
			[]string{"person/lin-chen member-of org/beijing-jiaotong-university"}, []string{"person/sun-laiyan member-of org/beijing-jiaotong-university"}}, // a guest; staff
		{"lives in", "Israel says Luay Saadi was behind several attacks that have killed at least 10 Israelis since February.",
			nil, []string{"person/luay-saadi lives-in country/israel"}}, // who says it; people killed
		{"seeks membership", "Jacques Chirac offered his support for Croatia's aspirations for European Union membership. Ukraine's hopes for NATO membership faded.",
			[]string{"country/croatia seeks-membership org/european-union", "country/ukraine seeks-membership org/nato"}, nil},
		{"lives in", "U.N. Secretary-General Kofi Annan, now in Scotland, joined leaders in condemning the London attacks.",
			nil, []string{"person/kofi-annan lives-in location/scotland"}}, // where he is now
		{"lives in", "Mr. Manouchehr Mottaki, who arrived in Pakistan Wednesday for a two-day visit, says he discussed a gas pipeline.",
			nil, []string{"person/manouchehr-mottaki lives-in country/pakistan"}},
		{"lives in", "Indian Prime Minister Manmohan Singh is in Kashmir, hours after soldiers killed two suspected separatists.",
			nil, []string{"person/manmohan-singh lives-in location/kashmir"}}, // where he is now
		{"lives in", "Chihuahua's Jose Reyes Baeza and New Mexico's Bill Richardson agreed to a plan. Russia backed Mr. Yushchenko's opponent.",
			nil, []string{"person/bill-richardson lives-in location/chihuahua", "person/yushchenko lives-in country/russia"}},
		{"lives in", "The presumptive Republican presidential nominee, John McCain, is campaigning Tuesday in Texas.",
			nil, []string{"person/john-mccain lives-in location/texas"}}, // a campaign stop
		{"places", "Sevilla won its first European title by beating Middlesbrough of England, 4-0, in the UEFA Cup final in Eindhoven, the Netherlands.",
			[]string{"org/middlesbrough based-in location/england"}, []string{"org/middlesbrough based-in location/eindhoven", "org/middlesbrough based-in country/netherlands"}},
		{"lives in", "World Bank President Paul Wolfowitz is in Rwanda Thursday, for the third stop in his four-nation African tour.",
			nil, []string{"person/paul-wolfowitz lives-in country/rwanda"}},
		{"lives in", "Speaking to reporters in Islamabad alongside Pakistan's Finance Minister Abdul Hafeez Shaikh, Frank Ruggiero said the money will be put into a fund.",
			nil, []string{"person/frank-ruggiero lives-in location/islamabad", "person/frank-ruggiero lives-in country/pakistan"}},
		{"titles", "Turkish President Abdullah Gul visited Ankara. Jordan's King Abdullah has postponed a peace mission.",
			[]string{"person/abdullah-jordan leader-of country/jordan"}, []string{"person/abdullah-gul leader-of country/jordan"}}, // a king is not a president's first name
		{"titles", "Meanwhile, Gerry Adams, the leader of the IRA's political arm, Sinn Fein, expressed doubt.",
			[]string{"person/gerry-adams leader-of org/sinn-fein"}, []string{"person/gerry-adams leader-of org/ira"}}, // what the body owns
		{"titles", "President Hugo Chavez spoke in Caracas. Oil prices rose. Markets fell. The Afghan president's office has responded to criticism.",
			nil, []string{"person/hugo-chavez leader-of country/afghanistan"}}, // a statesman named three sentences back
		{"titles", "President George Bush met Hamid Karzai on Monday. The Afghan leader also invited Mr. Bush to visit.",
			nil, []string{"person/george-bush leader-of country/afghanistan"}}, // the description is not the one its sentence names
		{"titles", "Mr. Hu met Ichiro Ozawa, the leader of Japan's main opposition party, and Taro Aso, the leader of Japan's Liberal Democratic Party.",
			[]string{"person/taro-aso leader-of org/liberal-democratic-party-japan"},
			[]string{"person/ichiro-ozawa leader-of country/japan", "person/taro-aso leader-of country/japan"}}, // what the country owns
		{"titles", "Iranian President Mahmoud Ahmadinejad spoke. Friday, the U.N. Security Council condemned the Iranian president's remarks.",
			[]string{"person/mahmoud-ahmadinejad leader-of country/iran"},
			[]string{"person/mahmoud-ahmadinejad member-of country/iran"}}, // a country has no members
		{"titles", "After meetings Monday with Russia's visiting foreign minister, Sergei Lavrov, Ukraine's President Viktor Yuschenko made clear the importance of ties.",
			[]string{"person/sergei-lavrov works-for country/russia / foreign minister"},
			[]string{"person/sergei-lavrov lives-in country/ukraine"}},
		{"titles", "Egypt's intelligence chief Omar Suleiman met Hamas leaders, and Kandahar's police chief Sayed Agha Saqib spoke.",
			[]string{"person/omar-suleiman works-for country/egypt / intelligence chief"},
			[]string{"person/omar-suleiman leader-of country/egypt", "person/sayed-agha-saqib leader-of location/kandahar"}}, // the head of a body
		{"titles", "Jordan's King Abdullah met Saudi King Abdullah in Riyadh.",
			[]string{"person/abdullah-jordan leader-of country/jordan", "person/abdullah-saudi-arabia leader-of country/saudi-arabia",
				"person/abdullah-jordan met-with person/abdullah-saudi-arabia"},
			[]string{"person/abdullah-jordan leader-of country/saudi-arabia", "person/abdullah-saudi-arabia leader-of country/jordan"}}, // two kings
		{"titles", "Israel struck Gaza. Israel said the strike hit militants. Israel's cabinet met on Sunday. " +
			"Lawmakers met in Abuja on Monday. President Olusegun Obasanjo has submitted a list to parliament.",
			nil, []string{"person/olusegun-obasanjo leader-of country/israel"}}, // the next story of a digest
		{"titles", "Israel struck Gaza. Israel said the strike hit militants. Israel's cabinet met on Sunday. " +
			"Lawmakers met on Monday. President Olusegun Obasanjo has submitted a list to parliament. Israel's army withdrew.",
			nil, []string{"person/olusegun-obasanjo leader-of country/israel"}}, // the story's country only after the title
		{"titles", "Iraq held talks. Iraq said they went well. Iraq's parliament met. " +
			"Voting has begun in Venezuela's congressional elections, amid calls for a boycott by opponents of President Hugo Chavez.",
			nil, []string{"person/hugo-chavez leader-of country/iraq"}}, // the sentence names another country
		{"titles", "China launched a satellite. China said it worked. China thanked Japan, India and Japan. " + // a digest
			"Kenyan President Mwai Kibaki ordered an inquiry. He acted one day after suspending the country's chief police investigator, Joseph Kamau.",
			[]string{"person/joseph-kamau works-for country/kenya / chief police investigator"},
			[]string{"person/joseph-kamau works-for country/china", "person/joseph-kamau leader-of country/kenya"}},
		{"killed", "Jack Ruby's slaying of President John F. Kennedy's killer, Lee Harvey Oswald, was televised.",
			[]string{"person/lee-harvey-oswald killed person/john-f-kennedy @killed-doer", "person/jack-ruby killed person/lee-harvey-oswald @killed-noun"},
			[]string{"person/jack-ruby killed person/john-f-kennedy"}}, // the slaying of whom Kennedy's name owns
		{"meetings", "U.S. Deputy Secretary of State John Negroponte met with Pakistan's President Pervez Musharraf at the palace.",
			[]string{"person/john-negroponte met-with person/pervez-musharraf"},
			[]string{"country/pakistan met-with person/john-negroponte"}}, // the titled person the country owns
		{"meetings", "Russia's President Vladimir Putin has held talks with Saudi Arabia's King Abdullah on the situation in Iraq.",
			[]string{"person/abdullah-saudi-arabia negotiates-with person/vladimir-putin"},
			[]string{"country/saudi-arabia negotiates-with person/vladimir-putin"}}, // the titled person the country owns
		{"attacks", "A suicide car bomber has killed four U.S. soldiers outside Baghdad, as coalition forces continue their offensive against insurgents near Syria's border.",
			nil, []string{"country/iraq attacked country/syria"}}, // near Syria's border is no attack on Syria
		{"meetings", "U.N. Secretary-General Ban Ki-moon spoke after meeting with Benazir Bhutto's widower.",
			nil, []string{"person/ban-ki-moon met-with person/benazir-bhutto"}}, // with whom the name owns
		{"meetings", "U.S. Secretary of State Condoleezza Rice has called on Chinese authorities to release detained demonstrators and hold talks with the Dalai Lama.",
			nil, []string{"person/condoleezza-rice met-with person/dalai-lama"}}, // wanted, not held
		{"meetings", "The Marshall Islands hosts the US Army Kwajalein Atoll (USAKA) Reagan Missile Test Site, a key installation in the US missile defense network.",
			nil, []string{"country/marshall-islands met-with org/us-army-kwajalein-atoll"}}, // one hosts a visitor, not a base
		{"killed", "Prosecutors charged that Rafael Vasquez killed John Walker in 1985, and Iran accused Iraq of attacking Basra.", // accusations
			nil, []string{"person/rafael-vasquez killed person/john-walker", "country/iraq attacked location/basra"}},
		{"killed", "Lee Harvey Oswald, the man who shot President Kennedy, was killed by Jack Ruby.", // the passive's subject past a relative clause; the classifier's guesses it contradicts
			[]string{"person/jack-ruby killed person/lee-harvey-oswald"}, []string{"person/jack-ruby killed person/kennedy", "person/lee-harvey-oswald killed person/jack-ruby"}},
		{"killed", "The lawyer's clients included Jack Ruby, who killed Kennedy assassin Lee Harvey Oswald, and Jim Bakker.", // a name before a doer noun is the victim's
			[]string{"person/jack-ruby killed person/lee-harvey-oswald", "person/lee-harvey-oswald killed person/kennedy"},
			[]string{"person/jack-ruby killed person/kennedy", "person/jack-ruby killed person/jim-bakker"}},
		{"sanctions", "Iran was hit with fresh U.S. sanctions. EU aid to Ukraine rose. Ukraine received weapons from Germany.", // a body named before the noun; the one hit; the giver
			[]string{"country/united-states sanctions country/iran", "org/european-union aids country/ukraine", "country/germany aids country/ukraine"}, nil},
		{"sanctions", "Belarus was hit with sanctions by the European Union. Cuba was hit with new sanctions imposed by the United States.",
			[]string{"org/european-union sanctions country/belarus", "country/united-states sanctions country/cuba"}, nil}, // the passive's agent after the noun
		{"sanctions", "Belarus was hit with a storm by the border. Cuba was not hit with sanctions by the United States.",
			nil, []string{"country/united-states sanctions country/cuba"}},
		{"killed", "Ali Wali was killed by Taliban militants. Yusuf Khan was killed by gunmen from the Islamic State. Abdul Haleem was killed by troops from Chad.",
			[]string{"org/taliban killed person/ali-wali", "org/islamic-state killed person/yusuf-khan", "country/chad killed person/abdul-haleem"}, nil}, // a body's fighters as the passive's agent
		{"killed", "Ali Wali was killed by Palestinian militants. Yusuf Khan was killed by fighters from Syria. Abdul Haleem was killed by a friend of the Taliban.",
			nil, []string{"country/palestine killed person/ali-wali", "country/syria killed person/yusuf-khan", "org/taliban killed person/abdul-haleem"}}, // a demonym's or a country's fighters are no state's
		{"attacked", "Fighters from Hezbollah attacked Israel. Troops of the African Union attacked the Shabab. Fighters from Syria attacked Israel.",
			[]string{"org/hezbollah attacked country/israel", "org/african-union attacked org/shabab"}, []string{"country/syria attacked country/israel"}},
		{"works for", "Moscow's ambassador to Kyiv, Mikhail Zurabov, was recalled. Tehran's ambassador to Baghdad, Iraj Masjedi, was sanctioned by Washington. Berlin's lawyers, Hans Meyer and Karl Ott, met.",
			[]string{"person/mikhail-zurabov works-for country/russia", "person/iraj-masjedi works-for country/iran", "country/united-states sanctions person/iraj-masjedi"},
			[]string{"person/hans-meyer works-for country/germany", "person/mikhail-zurabov works-for country/ukraine"}}, // a capital's envoy serves its state
		{"attacked", "Ukrainian drones struck an oil refinery in the Russian city of Novorossiysk. Israeli jets struck military bases in Syria. Russian missiles hit Kharkiv.",
			[]string{"country/ukraine attacked location/novorossiysk", "country/israel attacked country/syria", "country/russia attacked location/kharkiv"}, nil}, // what a strike hits stands in a place
		{"attacked", "U.S. forces pounded insurgent positions in Fallujah. Hurricane Katrina hit New Orleans. Germany hit France with tariffs. Israeli jets did not strike bases in Syria.",
			nil, []string{"country/united-states attacked location/fallujah", "country/germany attacked country/france", "country/israel attacked country/syria"}},
		{"supports", "Turkey threw its weight behind Azerbaijan.", []string{"country/turkey supports country/azerbaijan"}, nil},
		{"supports", "The weight of Azerbaijan's army grew. Turkey did not throw its weight behind Azerbaijan.", nil, []string{"country/turkey supports country/azerbaijan"}},
		{"supports", "Iran is the main backer of the Houthis. Poland has been one of the fiercest critics of Belarus. The Taliban's chief sponsor, Pakistan, denied it.",
			[]string{"country/iran supports org/houthis", "country/poland opposes country/belarus"}, nil}, // a state as a doer noun's doer
		{"supports", "Hungary is a vocal critic of EU policy toward Russia. Rwanda denies being the main backer of the rebels. Iran is not a backer of Hamas. In Liberia, supporters of former soccer star George Weah protested.",
			nil, []string{"country/hungary opposes org/european-union", "country/iran supports org/hamas", "country/liberia supports person/george-weah"}},
		{"allied-with", "Wagner fighters fought alongside Syrian government forces. Kenya was designated a major non-NATO ally by the United States. Biden designated Qatar a major non-NATO ally.",
			[]string{"country/syria allied-with org/wagner-group", "country/kenya allied-with country/united-states", "country/qatar allied-with country/united-states"}, nil}, // arms borne together; the American designation
		{"allied-with", "Ukraine's army fought against Russian forces. Kenya was not designated a major non-NATO ally. Hamas fought Israel alongside the border.",
			nil, []string{"country/russia allied-with country/ukraine", "country/kenya allied-with country/united-states"}},
		{"works-for", "UNHCR chief Filippo Grandi, an Italian diplomat, visited refugee camps. John Smith, an American diplomat, spoke.",
			[]string{"person/filippo-grandi citizen-of country/italy", "person/filippo-grandi leader-of org/unhcr", "person/john-smith works-for country/united-states"},
			[]string{"person/filippo-grandi works-for country/italy"}}, // an international body's head is of a nationality, and serves the body
		{"works-for", "Ghana's newly elected president, John Mahama, appointed Samuel Okudzeto Ablakwa as foreign minister.",
			[]string{"person/samuel-okudzeto-ablakwa works-for country/ghana / foreign minister"}, nil}, // a head of state appoints to his state's office
		{"works-for", "Former Ghanaian president John Kufuor appointed Kwame Mensah as his adviser. Opposition leader John Mahama appointed Kofi Boateng as foreign minister.",
			nil, []string{"person/kwame-mensah works-for country/ghana", "person/kofi-boateng works-for country/ghana"}},
		{"leader-of", "Angola's President Joao Lourenco took over the rotating chairmanship of the African Union in February. Sierra Leone's President Julius Maada Bio was elected chairman of ECOWAS in June 2025, succeeding Nigeria's Bola Tinubu. Naim Qassem, who succeeded Hassan Nasrallah as Hezbollah leader, spoke.",
			[]string{"person/joao-lourenco leader-of org/african-union", "person/bola-tinubu leader-of org/ecowas / former chairman", "person/hassan-nasrallah leader-of org/hezbollah / former leader"},
			[]string{"person/bola-tinubu leader-of country/sierra-leone", "person/hassan-nasrallah leader-of org/hezbollah / leader"}}, // a chair taken over; the one succeeded held the office taken
		{"leader-of", "Sanae Takaichi, Japan's first female prime minister, succeeded Shigeru Ishiba. Cuba's President Miguel Diaz-Canel, who is also first secretary of the Communist Party of Cuba, spoke. Cambodia's former leader Hun Sen, who now heads the Senate, spoke.",
			[]string{"person/sanae-takaichi leader-of country/japan", "person/shigeru-ishiba leader-of country/japan / former prime minister", "person/miguel-diaz-canel leader-of org/communist-party-of-cuba", "person/hun-sen leader-of org/senate"}, nil},
		{"leader-of", "John Smith, first secretary of the British Embassy, spoke. Anna Berg held the presidency of the club's youth section.",
			nil, []string{"person/john-smith leader-of org/british-embassy"}},
		{"sanctions", "The European Union's 19th sanctions package against Russia bans imports of Russian gas. Montenegro hopes to become the next country to join the European Union. Belarusian leader Alexander Lukashenko, Russia's closest ally, released 52 prisoners.",
			[]string{"org/european-union sanctions country/russia", "country/montenegro seeks-membership org/european-union", "country/belarus allied-with country/russia"}, nil},
		{"sanctions", "The EU discussed a possible sanctions package against Russia. Montenegro does not want to become the next country to join the EU. Former Belarusian leader Stanislau Shushkevich, Russia's closest ally, spoke.",
			nil, []string{"org/european-union sanctions country/russia", "country/montenegro seeks-membership org/european-union", "country/belarus allied-with country/russia"}},
		{"member-of", "Nicaragua withdrew from the Organization of American States in 2023. Britain left the European Union in 2020. Kenya quit the ruling Jubilee Party in 2021.",
			[]string{"country/nicaragua member-of org/oas / former member", "country/united-kingdom member-of org/european-union / former member"}, nil}, // a membership that ended
		{"member-of", "Nicaragua did not withdraw from the OAS. The delegates left NATO headquarters on Monday. John Smith quit Google in 2019. Russia withdrew from the talks. President Bush leaves the Asia Pacific Economic Cooperation, APEC, summit later this month.",
			nil, []string{"country/nicaragua member-of org/oas", "person/john-smith member-of org/google", "person/bush member-of org/apec"}},
		{"killed", "U.S. forces killed Islamic State's Abu Yusif in an airstrike. The OAS, headquartered in Washington, elected Suriname's Albert Ramdin as secretary general. Former U.S. President Barack Obama campaigned for Kamala Harris in Pittsburgh.",
			[]string{"country/united-states killed person/abu-yusif", "person/albert-ramdin leader-of org/oas", "person/barack-obama supports person/kamala-harris"}, nil}, // a body's man by possessive; the body that elects gives its office; a candidate campaigned for
		{"killed", "U.S. forces did not kill Islamic State's Abu Yusif. The OAS praised Albert Ramdin as secretary general. Bernie Sanders refused to campaign for Hillary Clinton.",
			nil, []string{"country/united-states killed person/abu-yusif", "person/albert-ramdin leader-of org/oas", "person/bernie-sanders supports person/hillary-clinton"}},
		{"sanctions", "Britain froze the assets of Russian oligarch Roman Abramovich.",
			[]string{"country/united-kingdom sanctions person/roman-abramovich"}, nil}, // assets frozen
		{"sanctions", "Switzerland froze assets of Syrian President Bashar al-Assad.",
			[]string{"country/switzerland sanctions person/bashar-al-assad"}, nil},
		{"sanctions", "Britain did not freeze the assets of Russian oligarch Roman Abramovich. The bank froze its hiring.",
			nil, []string{"country/united-kingdom sanctions person/roman-abramovich"}},
		{"sanctions", "U.S. President Joe Biden imposed sanctions on Russia. Japan's Foreign Minister Takeshi Iwaya announced $1 billion in aid for the Philippines.",
			[]string{"country/united-states sanctions country/russia", "country/japan aids country/philippines", "person/takeshi-iwaya aids country/philippines"}, nil}, // a state's office-holder acts in its name
		{"sanctions", "U.S. President Joe Biden did not impose sanctions on India. Opposition leader Lee Jae-myung called for sanctions on Japan. Former U.S. President Donald Trump imposed sanctions on Iran in 2018.",
			nil, []string{"country/united-states sanctions country/india", "country/south-korea sanctions country/japan", "country/united-states sanctions country/iran"}},
		{"founded", "Hong Kong media tycoon Jimmy Lai, founder of the now-defunct Apple Daily, was convicted. The PKK announced that it would dissolve, heeding a call from its jailed founder Abdullah Ocalan.",
			[]string{"person/jimmy-lai founded org/apple-daily", "person/abdullah-ocalan founded org/pkk"}, nil}, // past an adjective before the body, a captive's word before the title
		{"leader-of", "The new defense minister will be A.K. Antony, a former chief minister of the southern Indian state of Kerala.",
			nil, []string{"person/ak-antony leader-of country/india"}}, // a region's office, past an adjective, is no state's
		{"negotiates-with", "Russian President Vladimir Putin and Turkish President Tayyip Erdogan agreed after six hours of talks in Sochi. Israeli Prime Minister Ehud Barak and Palestinian leader Yasser Arafat ended 15 days of negotiations at Camp David.",
			[]string{"person/vladimir-putin negotiates-with person/tayyip-erdogan", "person/ehud-barak negotiates-with person/yasser-arafat"}, nil},
		{"negotiates-with", "After talks with Vladimir Putin, Xi Jinping left. Putin and Erdogan will meet after talks between their ministers.",
			nil, []string{"person/vladimir-putin negotiates-with person/erdogan"}}, // the ministers' talks
		{"leader-of", "Microsoft, run by Satya Nadella, invested. Shares in Wirecard, the Aschheim-based payments company led by chief executive Markus Braun, plunged. Myanmar's military, known as the Tatmadaw and led by Senior General Min Aung Hlaing, seized power.",
			[]string{"person/satya-nadella leader-of org/microsoft", "person/markus-braun leader-of org/wirecard"}, nil},
		{"leader-of", "Al-Tawhid, an organization linked to al-Qaida and led by Abu Musab al-Zarqawi, was banned.",
			nil, []string{"person/abu-musab-al-zarqawi leader-of org/al-qaeda"}}, // the organization's leader, not al-Qaida's
		{"negotiates-with", "Colombian President Gustavo Petro and ELN rebels resumed peace talks in Caracas. Taliban militants resumed talks with South Korean officials.",
			[]string{"person/gustavo-petro negotiates-with org/eln", "country/south-korea negotiates-with org/taliban"}, nil}, // a body named by its fighters
		{"member-of", "Armenia, a member of the Russian-led CSTO, froze its participation. Belarus, a member of the Moscow-backed alliance, stayed.",
			[]string{"country/armenia member-of org/csto"}, nil}, // who leads a body stands between "of" and its name
		{"attacked", "Saudi Arabia and its Gulf allies began bombing Houthi rebels in Yemen. Russia kept shelling Kharkiv. French warplanes attacked Islamist fighters of Ansar Dine.",
			[]string{"country/saudi-arabia attacked org/houthis", "country/russia attacked location/kharkiv", "country/france attacked org/ansar-dine"}, nil},
		{"attacked", "Syed Rizwan Farook and his wife killed 14 people at the Inland Regional Center in San Bernardino. Amedy Coulibaly killed four hostages at the Hyper Cacher supermarket in Paris.",
			[]string{"person/syed-rizwan-farook attacked location/inland-regional-center @attacked-place", "person/amedy-coulibaly attacked org/hyper-cacher-supermarket"}, nil},
		{"attacked", "Anders Behring Breivik killed 69 people at a Labour Party youth camp on Utoya island.",
			nil, []string{"person/anders-behring-breivik attacked org/labour-party-united-kingdom"}}, // the camp, not the party
		{"attacked", "Police said no one was killed at the Hyper Cacher supermarket. Amedy Coulibaly did not kill four hostages at the Hyper Cacher supermarket.",
			nil, []string{"person/amedy-coulibaly attacked org/hyper-cacher-supermarket"}},
		{"attacked", "Iranian missiles struck the Ain al-Asad air base in Iraq. Russia bombed the Kakhovka dam. Israel struck the Natanz nuclear facility.",
			[]string{"country/iran attacked location/ain-al-asad", "country/russia attacked location/kakhovka", "country/israel attacked location/natanz"}, nil},
		{"attacked", "Russia bombed the Kakhovka dam operators' homes. Israel struck Gaza City targets.",
			nil, []string{"country/russia attacked location/kakhovka", "country/israel attacked location/gaza-city"}}, // a modifier, not the site
		{"attacked", "If Israel keeps bombing Gaza, Egypt will suspend the treaty. Should Iran attack Israel, the United States will respond. The United States kept targeting Iran with sanctions. Former Taliban fighters resumed talks with Pakistani officials.",
			nil, []string{"country/israel attacked location/gaza-strip", "country/iran attacked country/israel", "country/united-states attacked country/iran", "country/pakistan negotiates-with org/taliban"}}, // conditions; sanctions; fighters no longer the body's
		{"opposes", "Bolivia broke diplomatic relations with Israel, and Colombia and Chile recalled their ambassadors. In a letter to President Barack Obama, the Arkansas senator and fierce critic of Iran, Tom Cotton, demanded sanctions.",
			[]string{"country/bolivia opposes country/israel", "person/tom-cotton opposes country/iran"}, []string{"country/bolivia opposes country/colombia", "person/barack-obama opposes country/iran"}},
		{"leader-of", "Shares in Siemens, a big customer of the firm led by chief executive Elon Musk, fell. BP, a shareholder in the consortium run by Igor Sechin, wrote down its stake.",
			nil, []string{"person/elon-musk leader-of org/siemens", "person/igor-sechin leader-of org/bp"}}, // another body's head
		{"attacked", "If, as Western officials fear, Russia invades Ukraine, Poland will act. Even if Israel bombs Rafah, Hamas will not yield. Officials said that if China invades Taiwan, Japan would respond. The European Union targeted Russia with a new round of sanctions.",
			nil, []string{"country/russia attacked country/ukraine", "country/israel attacked location/rafah", "country/china attacked country/taiwan", "org/european-union attacked country/russia"}},
		{"opposes", "Residents thanked Garry Kasparov, a former chess champion and longtime critic of Vladimir Putin, Ilya Yashin and Lev Ponomarev. Bolivia cut ties with Israel, and Colombia on Tuesday recalled its ambassador. Protesters were demanding that Pakistan cut ties with France.",
			[]string{"person/garry-kasparov opposes person/vladimir-putin", "country/bolivia opposes country/israel"}, []string{"person/ilya-yashin opposes person/vladimir-putin", "country/bolivia opposes country/colombia", "country/pakistan opposes country/france"}},
		{"killed", "Hamas gunmen shot Israeli soldier Yossi Cohen in the leg and mortally wounded his commander. In a meeting with President Joe Biden, the mother of an American contractor said Iran killed him.",
			nil, []string{"org/hamas killed person/yossi-cohen", "country/iran killed person/joe-biden"}},
		{"meetings", "Emmanuel Macron held talks with Vladimir Putin, and then with Volodymyr Zelenskiy, by phone on Sunday.",
			[]string{"person/emmanuel-macron negotiates-with person/vladimir-putin"}, []string{"person/emmanuel-macron met-with person/vladimir-putin"}},
		{"aids", "Israel sent helicopters to Lebanon to strike Hezbollah positions. Taliban fighters attacked Roshan, the Afghan telecommunications company, in Kandahar.",
			[]string{"org/taliban attacked org/roshan"}, []string{"country/israel aids country/lebanon", "org/roshan based-in location/kandahar"}},
		{"attacked", "Three Palestinians fired rockets at Israel. Russians attacked Ukraine.",
			nil, []string{"country/palestine attacked country/israel", "country/russia attacked country/ukraine"}}, // people of a nation, not its state
		{"attacked", "Britain condemned the bombing in Manchester. Russia denied shelling Kharkiv, and Israel is considering striking Iran.",
			nil, []string{"country/united-kingdom attacked location/manchester", "country/russia attacked location/kharkiv", "country/israel attacked country/iran"}}, // a noun; a denial; an intent
		{"opposes", "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar. Damascus broke off relations with Baghdad.",
			[]string{"country/saudi-arabia opposes country/qatar @cut-ties", "country/egypt opposes country/qatar", "country/syria opposes country/iraq"}, nil},
		{"opposes", "Protesters demanded that Pakistan's government sever diplomatic ties with the Netherlands. Iran threatened to cut ties with Egypt, and Israel and Turkey restored diplomatic ties.",
			nil, []string{"country/pakistan opposes country/netherlands", "country/iran opposes country/egypt"}},
		{"opposes", "Boris Nemtsov, a Russian opposition politician and fierce critic of President Vladimir Putin, was shot dead. Jamal Khashoggi, a Washington Post columnist and critic of Mohammed bin Salman, died.",
			[]string{"person/boris-nemtsov opposes person/vladimir-putin", "person/jamal-khashoggi opposes person/mohammed-bin-salman"}, nil}, // the second noun of an apposition
		{"opposes", "Frank Bainimarama seized power in a bloodless coup on Tuesday, ousting Prime Minister Laisenia Qarase. The coup ousting Mohamed Bazoum was condemned by France.",
			[]string{"person/frank-bainimarama opposes person/laisenia-qarase"}, []string{"country/france opposes person/mohamed-bazoum"}}, // the coup is condemned, not the ousted
		{"opposes", "Sudan's army has been fighting the Rapid Support Forces since April 2023. The Kurdistan Workers' Party has fought the Turkish state since 1984.",
			[]string{"country/sudan opposes org/rapid-support-forces", "org/pkk opposes country/turkey"}, nil},
		{"opposes", "The fighting between Israel and Hamas killed thousands. Croatia is fighting Brazil in the quarterfinal.",
			nil, []string{"country/israel opposes org/hamas", "country/croatia opposes country/brazil"}}, // a noun; a game
		{"met-with", "Naftali Bennett flew to Moscow for a three-hour meeting with Vladimir Putin, then spoke by phone with Volodymyr Zelenskiy. Bennett later held talks with Olaf Scholz by phone.",
			[]string{"person/naftali-bennett met-with person/vladimir-putin"}, []string{"person/naftali-bennett met-with person/volodymyr-zelenskiy", "person/naftali-bennett met-with person/olaf-scholz"}}, // the call is the next clause's
		{"met-with", "Later Monday, Hugo Chavez traveled to Algeria for talks with President Abdelaziz Bouteflika. Earlier, Hugo Chavez was to travel to Libya for talks with Moammar Gadhafi.",
			[]string{"person/hugo-chavez met-with person/abdelaziz-bouteflika"}, []string{"person/hugo-chavez met-with person/moammar-gadhafi"}}, // "was to": arranged, not done
		{"met-with", "French President Emmanuel Macron and British Prime Minister Keir Starmer co-chaired a meeting in Paris on Thursday.",
			[]string{"person/emmanuel-macron met-with person/keir-starmer"}, nil},
		{"places", "Yemen's Presidential Leadership Council, headed by Rashad al-Alimi, is based in Aden and backed by Saudi Arabia. India has not joined the Regional Comprehensive Economic Partnership, which includes China, Japan and all ten ASEAN members.",
			[]string{"org/presidential-leadership-council based-in location/aden", "country/saudi-arabia supports org/presidential-leadership-council", "country/china member-of org/rcep", "country/japan member-of org/rcep"},
			[]string{"country/india member-of org/rcep"}}, // past a participle's phrase; a second participle after "and"; RCEP lists its members
		{"attacked", "Al-Shabaab militants stormed a hotel in Mogadishu on Friday night. Myanmar's military, which seized power in a 2021 coup, has carried out airstrikes on villages in Sagaing region.",
			[]string{"org/al-shabaab attacked location/mogadishu", "country/myanmar attacked location/sagaing"}, []string{"org/al-shabaab attacked country/somalia"}}, // a capital where a target stands is the town; forces past a relative clause
		{"negotiates-with", "Colombia's government resumed peace talks with the ELN in Caracas. The Ethiopian government accused Mitchell of lying. The U.S. government gave Ukraine $60 billion in military aid.",
			[]string{"country/colombia negotiates-with org/eln", "country/ethiopia opposes person/mitchell", "country/united-states aids country/ukraine"}, nil}, // a state's government acts for it
		{"negotiates-with", "The U.S. government has offered a $10 million reward for Omar's arrest. The Congolese government gave Rwandan soldiers the go ahead to join its troops. Burma's military government has launched a new offensive along the country's eastern border with Thailand.",
			nil, []string{"country/united-states aids person/omar", "country/democratic-republic-of-the-congo aids country/rwanda", "country/myanmar attacked country/thailand"}}, // a bounty is no aid; a permission no gift; a border is where
		{"aids", "Poland and the Baltic states have sent weapons to Ukraine since 2022. France and the other European countries condemned Russia.",
			[]string{"country/poland aids country/ukraine", "country/france opposes country/russia"}, nil}, // the named ones of a list ending in a group
		{"aids", "The Baltic states have sent weapons to Ukraine. Israel and the United States are strategic allies.",
			[]string{"country/israel allied-with country/united-states"}, []string{"country/united-states aids country/ukraine"}},
		{"attacked", "The United States, along with Britain, struck Houthi targets in Yemen.",
			[]string{"country/united-states attacked org/houthis", "country/united-kingdom attacked org/houthis"}, nil}, // "along with" joins a second subject
		{"attacked", "The United States, along with its allies, struck Houthi targets. Britain, which sided with the United States, did not strike Houthi targets.",
			nil, []string{"country/united-kingdom attacked org/houthis"}},
		{"attacked", "The Houthis attacked a ship in the Red Sea. Russia struck a port in Odesa.",
			[]string{"country/russia attacked location/odesa"}, []string{"org/houthis attacked location/red-sea"}}, // a sea is where a ship was hit, not what was attacked
		{"attacked", "Kenya sent troops to Somalia to fight al-Shabaab. Uganda deployed troops to eastern Congo in 2021 to fight the Allied Democratic Forces.",
			[]string{"country/kenya attacked org/al-shabaab", "country/uganda attacked org/allied-democratic-forces"}, []string{"country/kenya aids org/al-shabaab"}}, // troops sent against a body; "al-" in lower case
		{"attacked", "North Korea sent troops to fight for Russia. Kenya refused to send troops to fight al-Shabaab.",
			[]string{"country/north-korea aids country/russia"}, []string{"country/north-korea attacked country/russia", "country/kenya attacked org/al-shabaab"}},
		{"attacked", "Shireen Abu Akleh was shot dead while covering an Israeli raid in Jenin. A Taliban attack in Kabul killed 20 people. Chinese telecom giant Huawei was placed on a U.S. trade blacklist in 2019.",
			[]string{"country/israel attacked location/jenin", "org/taliban attacked location/kabul", "country/united-states sanctions org/huawei"}, nil}, // a town struck; a listing as sanctions
		{"attacked", "A French strike in Paris closed schools. An Israeli offensive in Lebanon ended. Huawei was not placed on a U.S. blacklist. The book was placed on a U.S. bestseller list. EU troops conducted similar raids in Pale on Monday.",
			nil, []string{"country/france attacked location/paris", "country/israel attacked country/lebanon", "country/united-states sanctions org/huawei", "org/european-union attacked location/pale"}},
		{"attacked", "Afghan Taliban forces attacked Pakistani border posts in October. Israeli forces struck dozens of Syrian military sites.",
			[]string{"org/taliban attacked country/pakistan", "country/israel attacked country/syria"}, nil}, // a state's posts and sites, past an amount
		{"killed", "Islamic State leader Abu Bakr al-Baghdadi died during a U.S. raid in Syria in 2019.",
			[]string{"country/united-states killed person/abu-bakr-al-baghdadi"}, nil}, // died in a state's strike
		{"killed", "Alexei Navalny died in an Arctic prison. Abu Bakr al-Baghdadi did not die in a U.S. strike.",
			nil, []string{"country/united-states killed person/abu-bakr-al-baghdadi"}},
		{"killed", "Shinzo Abe was shot dead in Nara in July 2022 by Tetsuya Yamagami.",
			[]string{"person/tetsuya-yamagami killed person/shinzo-abe"}, nil}, // where and when before the agent
		{"killed", "Shinzo Abe was shot in Nara in July 2022 by Tetsuya Yamagami and survived.",
			nil, []string{"person/tetsuya-yamagami killed person/shinzo-abe"}},
		{"supports", "Kataib Hezbollah, an Iraqi militia backed by Iran, suspended attacks. Karol Nawrocki, a conservative historian backed by the Law and Justice party, was sworn in. Germany condemned Russia's invasion of Ukraine. France backed Morocco's autonomy plan.",
			[]string{"country/iran supports org/kataib-hezbollah", "org/law-and-justice supports person/karol-nawrocki", "country/germany opposes country/russia", "country/france supports country/morocco"}, nil}, // backed in an apposition; a party's cause is the party's
		{"supports", "Kataib Hezbollah, an Iraqi militia, attacked Erbil. France did not back Morocco's plan. Orban praised Ukraine's athletes.",
			nil, []string{"country/iraq supports org/kataib-hezbollah", "country/france supports country/morocco", "person/orban supports country/ukraine", "person/orban opposes country/ukraine"}},
		{"attacked", "Russian missiles hit a school in Kharkiv. Boko Haram fighters attacked a military base in Borno state overnight. The Israeli army raided a refugee camp in Jenin. Myanmar's military has carried out airstrikes on villages in Sagaing region.",
			[]string{"country/russia attacked location/kharkiv", "org/boko-haram attacked location/borno-state", "country/israel attacked location/jenin", "country/myanmar attacked location/sagaing"}, nil}, // what is hit stands in a place, also after a nominal strike and before a place's kind
		{"attacked", "Fighters loyal to cleric Maulana Fazlullah have taken control of some police checkpoints and towns in Swat. Iraqi National Guard troops have raided a Sunni mosque in Baghdad.",
			[]string{"person/maulana-fazlullah attacked location/swat"}, []string{"org/iraq-national-guard attacked country/iraq", "org/iraq-national-guard attacked location/baghdad"}}, // targets joined by "and"; a state's own body raids at home
		{"attacked", "Police raided a hotel in Kandahar. Russia denied striking a hospital in Kherson. Ukraine may strike airfields in Crimea. Israeli jets did not bomb a school in Gaza. The rebels attacked a market in Goma.",
			nil, []string{"country/russia attacked location/kherson", "country/ukraine attacked location/crimea", "country/israel attacked location/gaza-strip"}},
		{"member-of", "Mercosur, the South American trade bloc that groups Brazil, Argentina, Uruguay and Paraguay, signed a deal. The Quad, which brings together the United States, Japan, India and Australia, met in Washington.",
			[]string{"country/brazil member-of org/mercosur", "country/paraguay member-of org/mercosur", "country/united-states member-of org/quad", "country/australia member-of org/quad"}, nil}, // a body that groups or brings together states, past its description
		{"member-of", "The conference, which brought together France and Germany, ended. Mercosur, the bloc that Venezuela left, met. The bloc, which includes China and Japan, met in Bangkok.",
			nil, []string{"country/france member-of org/mercosur", "country/venezuela member-of org/mercosur", "country/china member-of org/mercosur"}},
		{"member-of", "Sweden, which applied in 2022, became a member of NATO. Norway, a neutral country until 1949, joined the EFTA.",
			[]string{"country/sweden member-of org/nato", "country/norway member-of org/efta"}, nil}, // past a relative clause or an apposition
		{"aids", "Hungary has repeatedly vetoed EU aid for Ukraine. The United States suspended its aid to Uganda. The EU lifted sanctions on Burma. Japan pledged new aid to Kenya.",
			[]string{"country/japan aids country/kenya"},
			[]string{"org/european-union aids country/ukraine", "country/united-states aids country/uganda", "org/european-union sanctions country/myanmar"}}, // aid kept back or ended
		{"opposes", "Washington condemned the Houthi attacks on shipping in the Red Sea. France condemned the Russian invasion of Ukraine.",
			[]string{"country/united-states opposes org/houthis", "country/france opposes country/russia"}, nil}, // whose attacks
		{"opposes", "France did not condemn the Russian invasion. Washington condemned the attacks on Russian forces.",
			nil, []string{"country/france opposes country/russia", "country/united-states opposes country/russia"}},
		{"based-in", "In a briefing at the NRC's Rockville, Md., headquarters, Bernero spoke. Protesters gathered outside NATO's Brussels headquarters.",
			[]string{"org/nrc based-in location/rockville @org-headquarters", "org/nrc based-in location/maryland @org-headquarters", "org/nato based-in location/brussels @org-headquarters"}, nil},
		{"based-in", "Volunteers staffed the Labour Party's Manchester campaign headquarters. Smith visited Paris, NATO's headquarters and Berlin.",
			nil, []string{"org/nato based-in location/paris", "org/labour-party-uk based-in location/manchester"}}, // a campaign's office, not the party's seat
		{"based-in", "Halliburton, the Houston oil services company, won the contract. Press TV, the Tehran state-run television station, reported it. Uniper, a key Leipzig gas customer, signed.",
			[]string{"org/halliburton based-in location/houston", "org/press-tv based-in location/tehran"}, // a noun after a kind word goes on to the kind
			[]string{"org/uniper based-in location/leipzig @org-a-place-firm"}},                            // no kind of body at all (the pair classifier guesses on)
		{"based-in", "Microsoft, headquartered in Redmond, signed a deal. Acme Bank, based in Munich, opened.",
			[]string{"org/microsoft based-in location/redmond", "org/acme-bank based-in location/munich"}, nil}, // a seat the text names, though the gazetteer does not know the town
		{"member-of", "Tom Smith teaches history at Yale University. Ann Lee taught economics for 20 years at Columbia University. Jim Gray teaches law at Harvard.",
			[]string{"person/tom-smith member-of org/yale-university @teaches-at", "person/ann-lee member-of org/columbia-university @teaches-at",
				"person/jim-gray member-of org/harvard-university @teaches-at"}, nil}, // (a university the gazetteer knows by a short name)
		{"member-of", "Tom Brown taught a lesson at the White House. Ann Lee did not teach at Columbia University.",
			nil, []string{"person/tom-brown member-of org/white-house", "person/ann-lee member-of org/columbia-university"}}, // no school; negated
		{"member-of", "Lithuania, a member of both NATO and the European Union, borders Belarus. Serbia, a candidate for EU membership, maintains ties with Moscow.",
			[]string{"country/lithuania member-of org/nato", "country/lithuania member-of org/european-union", "country/serbia seeks-membership org/european-union"}, nil},
		{"member-of", "Norway, not a candidate for EU membership, trades with Sweden. Poland, a critic of both NATO and the EU, spoke.",
			nil, []string{"country/norway seeks-membership org/european-union", "country/poland member-of org/nato"}},
		{"sanctions", "The European Union agreed a new package of sanctions against Russia. EU ministers agreed to consider sanctions against Iran.",
			[]string{"org/european-union sanctions country/russia"}, []string{"org/european-union sanctions country/iran"}},
		{"titles", "It calls on the Authority to stop militants attacking Israelis Incoming Bolivian President Evo Morales is pledging an inquiry. Swiss President Moritz Leuenberger spoke.",
			[]string{"person/moritz-leuenberger leader-of country/switzerland"}, []string{"person/evo-morales leader-of country/israel"}}, // a people holds no office
		{"works for", "Syria's U.N. Ambassador Fayssal Mekdad insisted his country has cooperated. France's EU envoy Pierre Sellal spoke.",
			[]string{"person/fayssal-mekdad works-for country/syria", "person/pierre-sellal works-for country/france"},
			[]string{"person/fayssal-mekdad member-of org/united-nations", "person/pierre-sellal member-of org/european-union", "person/pierre-sellal lives-in country/france"}}, // a state's envoy to a body of states
		{"titles", "Emmanuel Macron arrived in Berlin on Monday. The French president met Olaf Scholz. Recep Tayyip Erdogan won another term. Turkey's president has governed for two decades.",
			[]string{"person/emmanuel-macron leader-of country/france", "person/emmanuel-macron met-with person/olaf-scholz", "person/recep-tayyip-erdogan leader-of country/turkey"}, nil}, // a leader's description after the one person the sentence before opens with
		{"titles", "Emmanuel Macron met Olaf Scholz in Berlin. The German chancellor said little. Jose Batlle reformed the state. A movement led Uruguay's president to cede control.",
			nil, []string{"person/emmanuel-macron leader-of country/germany", "person/olaf-scholz leader-of country/germany", "person/jose-batlle leader-of country/uruguay"}}, // two people named; not the subject
		{"attacked", "The Taliban seized control of Kabul in 2021. Israeli troops entered Rafah. Hezbollah and Israel exchanged fire. The Houthis fired a missile at Tel Aviv. Hamas fired rockets at Israeli targets.",
			[]string{"org/taliban attacked location/kabul", "country/israel attacked location/rafah", "org/hezbollah attacked country/israel", "country/israel attacked org/hezbollah",
				"org/houthis attacked location/tel-aviv", "org/hamas attacked country/israel"}, nil}, // a city taken; forces entering; fire both ways; at a town
		{"attacked", "Turkey entered talks with Sweden. Israeli troops did not enter Rafah. Russia and Ukraine exchanged prisoners. The Taliban did not seize control of Kandahar.",
			nil, []string{"country/turkey attacked country/sweden", "country/israel attacked location/rafah", "country/russia attacked country/ukraine", "org/taliban attacked location/kandahar"}},
		{"based-in", "The World Health Organization, a U.N. agency, is based in Geneva. Interpol, the police body, is working in Lyon.",
			[]string{"org/who based-in location/geneva"}, []string{"org/interpol based-in location/lyon"}}, // past an apposition to the copula
		{"member-of", "Olaf Scholz's Social Democrats lost the election. Merkel's Christian Democrats won.",
			[]string{"person/olaf-scholz member-of org/social-democrats", "person/merkel member-of org/christian-democrats"}, nil}, // parties named by their members
		{"lives in", "The company's chief executive, Tim Cook, lives in Palo Alto. Mary Jones, who runs the Red Cross, lives in Geneva.",
			[]string{"person/tim-cook lives-in location/palo-alto", "person/mary-jones lives-in location/geneva", "person/mary-jones leader-of org/icrc"}, nil}, // past a title before the name, past a relative clause
		{"lives in", "Mary Jones, who runs a shop in Bern, travels to Geneva. Bloomberg ran for mayor of New York. Haley Barbour directed National Guard troops to help.",
			nil, []string{"person/mary-jones lives-in location/geneva", "person/bloomberg leader-of location/new-york-city", "person/haley-barbour leader-of org/national-guard"}},
		{"attacked", "M23 rebels, backed by Rwanda, captured Goma. Russian troops, which crossed the border, attacked Kharkiv.",
			[]string{"org/m23 attacked location/goma", "country/rwanda supports org/m23", "country/russia attacked location/kharkiv"}, nil}, // fighters past a clause set off
		{"titles", "Mexico's first female president, Claudia Sheinbaum, took office.",
			[]string{"person/claudia-sheinbaum leader-of country/mexico"}, nil},
		{"titles", "Polish Prime Minister Donald Tusk hosted his Hungarian counterpart Viktor Orban. Russian Foreign Minister Sergei Lavrov met his Georgian counterpart, Salome Zurabishvili.",
			[]string{"person/viktor-orban leader-of country/hungary / Prime Minister", "person/salome-zurabishvili works-for country/georgia / Foreign Minister"},
			[]string{"person/salome-zurabishvili leader-of country/georgia"}}, // a counterpart holds the other's office
		{"titles", "Former Polish President Lech Walesa met his Czech counterpart Vaclav Havel. Mr. Powell met his Russian counterpart, Igor Ivanov.",
			[]string{"person/vaclav-havel works-for country/czech-republic", "person/igor-ivanov works-for country/russia"},
			[]string{"person/vaclav-havel leader-of country/czech-republic"}}, // no office held now, or none told
		{"negotiates-with", "Qatar mediated between Hamas and Israel. Turkey brokered a grain deal between Russia and Ukraine.",
			[]string{"country/israel negotiates-with org/hamas @deal-between", "country/russia negotiates-with country/ukraine"}, nil}, // the two sides, through a go-between
		{"negotiates-with", "Washington called for a deal between Israel and Hamas. There is no deal between Russia and Ukraine.",
			nil, []string{"country/israel negotiates-with org/hamas", "country/russia negotiates-with country/ukraine"}},
		{"allied-with", "Moscow considers Minsk its closest ally. Washington regards Israel as its closest ally. Paris no longer considers Berlin its ally.",
			[]string{"country/russia allied-with country/belarus", "country/united-states allied-with country/israel"}, []string{"country/france allied-with country/germany"}},
		{"aids", "Germany delivered Leopard tanks to Ukraine. North Korea sent thousands of soldiers to fight for Russia. Iran is arming the Houthis.",
			[]string{"country/germany aids country/ukraine", "country/north-korea aids country/russia", "country/iran aids org/houthis"}, nil},
		{"member-of", "He said Poland and Lithuania are NATO members. Norway and Iceland are not EU members.",
			[]string{"country/poland member-of org/nato", "country/lithuania member-of org/nato"},
			[]string{"country/norway member-of org/european-union", "country/iceland member-of org/european-union"}}, // plural after a copula
		{"titles", "The head of Germany's central bank, Axel Weber, spoke. The speaker of Russia's lower house of parliament, Boris Gryzlov, spoke.",
			[]string{"person/axel-weber works-for country/germany / head of central bank", "person/boris-gryzlov works-for country/russia / speaker of lower house of parliament",
				"person/boris-gryzlov citizen-of country/russia"},
			[]string{"person/axel-weber leader-of country/germany", "person/boris-gryzlov leader-of country/russia"}}, // a state body's head leads the body, not the state
		{"titles", "It was a rare appearance by the head of Burma's government, General Than Shwe.",
			[]string{"person/than-shwe leader-of country/myanmar"}, nil}, // but the government's head leads the state
		{"sanctions", "The Biden administration imposed sanctions on Nicaragua. Turkish President Recep Tayyip Erdogan spoke. Erdogan's government jailed critics. Mr. Castro criticized the Bush administration's plan.",
			[]string{"country/united-states sanctions country/nicaragua", "person/castro opposes country/united-states"}, nil}, // a leader's administration is the state
		{"supports", "Taleban leaders vowed to oust the U.S.-backed Karzai government. The Blair government backed the United States.",
			[]string{"country/united-states supports person/karzai"}, []string{"country/united-kingdom supports country/united-states"}},
		{"titles", "Under President Xi Jinping, China has expanded its navy. The Kremlin, under Vladimir Putin, has cracked down. Belarus, under Lukashenko, is isolated.",
			[]string{"person/xi-jinping leader-of country/china @led-under", "person/vladimir-putin leader-of country/russia", "person/lukashenko leader-of country/belarus"}, nil},
		{"titles", "Under pressure from Mahmoud Abbas, Israel released prisoners. Under Secretary Nicholas Burns, the Pentagon changed course.",
			nil, []string{"person/mahmoud-abbas leader-of country/israel", "person/nicholas-burns leader-of org/pentagon"}},
		{"attacked", "Ukraine's counteroffensive against Russian forces stalled.", []string{"country/ukraine attacked country/russia"}, nil},
		{"lives in", "Under a deal with Mahmoud Abbas, Israel released prisoners.", nil, []string{"person/mahmoud-abbas lives-in country/israel"}}, // an opening phrase's person, the clause's subject
		{"killed", "The Israeli military said it killed Ibrahim Aqil. Hayat Tahrir al-Sham took control of Aleppo.",
			[]string{"country/israel killed person/ibrahim-aqil", "org/hayat-tahrir-al-sham attacked location/aleppo"}, nil}, // "it" the military; a place taken
		{"attacked", "The ruling party said it would take control of Aleppo. Hamas has not taken control of Jenin.",
			nil, []string{"org/hamas attacked location/jenin"}},
		{"based-in", "Officials at the Los Angeles headquarters of the Screen Actors Guild declined comment. Police guarded the Vienna head office of OPEC.",
			[]string{"org/screen-actors-guild based-in location/los-angeles", "org/opec based-in location/vienna"}, nil}, // a seat named before its body
		{"met-with", "Iraqi Prime Minister Mohammed Shia al-Sudani, whose coalition won the most seats, received Turkish Foreign Minister Hakan Fidan in Baghdad. Pakistan's army chief, Field Marshal Asim Munir, met Donald Trump at the White House. Israeli Prime Minister Benjamin Netanyahu met U.S. special envoy Steve Witkoff in Jerusalem.",
			[]string{"person/hakan-fidan met-with person/mohammed-shia-al-sudani", "person/asim-munir met-with person/donald-trump", "person/benjamin-netanyahu met-with person/steve-witkoff"}, nil}, // past a "whose" clause, an apposition with a rank, a title with its modifier
		{"met-with", "Iraqi Prime Minister Mohammed Shia al-Sudani, whose coalition won the most seats, did not receive Turkish Foreign Minister Hakan Fidan. Pakistan's army chief, Field Marshal Asim Munir, spoke to Donald Trump by phone. Israeli Prime Minister Benjamin Netanyahu may meet U.S. special envoy Steve Witkoff.",
			nil, []string{"person/hakan-fidan met-with person/mohammed-shia-al-sudani", "person/asim-munir met-with person/donald-trump", "person/benjamin-netanyahu met-with person/steve-witkoff"}},
		{"negotiates-with", "Iran's nuclear talks with the United States resumed in Oman. Russia's brutal invasion of Ukraine began in 2022.",
			[]string{"country/iran negotiates-with country/united-states", "country/russia attacked country/ukraine"}, nil}, // an adjective between the possessor and the noun
		{"negotiates-with", "U.S. and Chinese negotiators met in Geneva to discuss tariffs. Ukrainian and Russian delegations met in Istanbul. India and China held a new round of border talks.",
			[]string{"country/china negotiates-with country/united-states", "country/russia negotiates-with country/ukraine", "country/china negotiates-with country/india"}, nil}, // states' envoys who meet; a compound noun before "talks"
		{"negotiates-with", "U.S. and Chinese negotiators did not meet. Ukrainian and Russian soldiers met on the front. India and China held a border parade. Egyptian and Palestinian officials meet Tuesday with militant leaders in Cairo.",
			nil, []string{"country/china negotiates-with country/united-states", "country/russia negotiates-with country/ukraine", "country/china negotiates-with country/india", "country/egypt negotiates-with country/palestine"}},
		{"negotiates-with", "Serbia and Kosovo agreed to normalise relations at talks in Brussels. Russia and Ukraine agreed to exchange prisoners.",
			[]string{"country/kosovo negotiates-with country/serbia", "country/russia negotiates-with country/ukraine"}, nil}, // what two sides agree to do together
		{"negotiates-with", "Serbia and Kosovo did not agree to normalise relations. Serbia and Kosovo may agree to talk. Russia agreed to exchange prisoners with Ukraine's allies.",
			nil, []string{"country/kosovo negotiates-with country/serbia", "country/russia negotiates-with country/ukraine"}},
		{"negotiates-with", "Hamid Karzai held talks with Taliban leaders in Doha. Hamas held talks with Egyptian officials in Cairo.",
			[]string{"org/taliban negotiates-with person/hamid-karzai", "country/egypt negotiates-with org/hamas"}, nil}, // talks with a body's or a state's people are theirs
		{"negotiates-with", "Hamid Karzai refused talks with Taliban leaders. Hamas criticised Egyptian officials.",
			nil, []string{"org/taliban negotiates-with person/hamid-karzai", "country/egypt negotiates-with org/hamas"}},
		{"negotiates-with", "Ugandan President Yoweri Museveni and Kenyan President William Ruto held talks in Arusha on Saturday.",
			[]string{"person/william-ruto negotiates-with person/yoweri-museveni", "person/william-ruto met-with person/yoweri-museveni"}, nil}, // persons who hold talks negotiate, as "X held talks with Y" does
		{"met-with", "U.S. Secretary of State Antony Blinken arrived in Cairo. He met President Abdel Fattah el-Sissi and Foreign Minister Sameh Shoukry. He later flew to Amman, where he held talks with King Abdullah II.",
			[]string{"person/antony-blinken met-with person/abdullah-ii"}, []string{"person/sameh-shoukry met-with person/abdullah-ii"}}, // a pronoun that opens two sentences is one referent
		{"member-of", "Suleiman called Mr. Mubarak a dictator. He wrote that Al-Azhar trains extremists. An Australian prosecutor said a defendant admitted he was recruited by al-Qaida.",
			nil, []string{"person/mubarak member-of org/al-qaeda", "person/suleiman member-of org/al-qaeda"}},
		{"titles", "Hungary, a NATO member, opposed an embargo on Russian gas. Its prime minister, Viktor Orban, said his country would not send weapons.",
			[]string{"person/viktor-orban leader-of country/hungary"}, nil}, // "Its" opening a sentence: the subject the story goes on about
		{"titles", "Envoys of Hungary and Poland met in Warsaw. Its prime minister, Viktor Orban, spoke.",
			nil, []string{"person/viktor-orban leader-of country/hungary", "person/viktor-orban leader-of country/poland"}},
		{"supports", "The Houthis in Yemen, who are backed by Iran, launched drones.",
			[]string{"country/iran supports org/houthis"}, []string{"country/iran supports country/yemen"}}, // who: the people before the place
		{"aids", "Chechen leader Ramzan Kadyrov sent fighters to Ukraine. Boeing supplies jets to China. Erdogan offered to mediate between Russia and Ukraine, but neither responded.",
			nil, []string{"person/ramzan-kadyrov aids country/ukraine", "org/boeing aids country/china", "country/russia negotiates-with country/ukraine"}}, // whose side, unsaid; a sale; an offer
		{"aids", "Officials in Seoul claimed North Korea had sent troops to help Russia, which Pyongyang denied. Western officials say Iran supplied missiles to Russia; Tehran denies this.",
			nil, []string{"country/north-korea aids country/russia", "country/iran aids country/russia"}}, // disputed after the fact
		{"sanctions", "The United States imposed sanctions on Chinese firms that supply Russia. Germany opposes Ukraine's bid to join NATO.",
			[]string{"country/ukraine seeks-membership org/nato"}, []string{"country/united-states sanctions country/china", "country/germany opposes country/ukraine"}}, // firms, not the state; the bid, not the bidder
		{"citizen-of", "Evan Gershkovich, a U.S. citizen, was jailed in Russia. The London-based Syrian Observatory for Human Rights reported the strikes.",
			[]string{"person/evan-gershkovich citizen-of country/united-states @citizen-noun", "org/syrian-observatory-for-human-rights based-in location/london"},
			[]string{"org/syrian-observatory-for-human-rights based-in country/syria"}}, // a citizen, not a resident; the named seat over the name's country
		{"works for", "The Environmental Protection Agency is working on a brochure, said Robin Woods, a spokeswoman for the agency. The Massachusetts Department of Public Health adopted new rules, said the department's Al Comproni.",
			[]string{"person/robin-woods works-for org/environmental-protection-agency", "person/al-comproni member-of org/massachusetts-department-of-public-health"}, nil}, // "the agency": the body named with that head
		{"works for", "Tom Green is a spokesman for the agency. The Justice Department sued Acme Corp. on Monday. Ann Lee, a lawyer for the company, said the department had erred.",
			[]string{"person/ann-lee member-of org/acme-corp"}, []string{"person/tom-green works-for org/justice-department", "person/ann-lee works-for org/justice-department"}}, // no body named before; each noun its own body
		{"works for", "U.S. Ambassador to Israel Jack Lew met Netanyahu. Russia's envoy to the U.N. Vasily Nebenzya spoke.",
			[]string{"person/jack-lew works-for country/united-states / Ambassador to Israel", "person/vasily-nebenzya works-for country/russia"},
			[]string{"person/jack-lew works-for country/israel", "person/vasily-nebenzya member-of org/united-nations"}}, // the posting inside the title
		{"aids", "The United States provided Ukraine with Patriot missiles. The Pentagon announced a $988 million aid package for Kenya. The EU agreed to impose sanctions on Belarus.",
			[]string{"country/united-states aids country/ukraine", "org/us-department-of-defense aids country/kenya", "org/european-union sanctions country/belarus"}, nil}, // a make before the aid; a package; an infinitive's subject
		{"attacked", "Iran's strike on Israel was its largest. Houthi rebels fired missiles at Saudi Arabia. Ukraine's incursion into Russia's Kursk region surprised many. Iraq retaliated against Kuwait.",
			[]string{"country/iran attacked country/israel", "org/houthis attacked country/saudi-arabia", "country/ukraine attacked country/russia", "country/iraq attacked country/kuwait"}, nil},
		{"negotiates-with", "Israel and Hezbollah agreed to a ceasefire on Tuesday. Armenia reached a peace deal with Azerbaijan. Ukraine signed a security agreement with the United States.",
			[]string{"country/israel negotiates-with org/hezbollah @agreed-truce", "country/armenia negotiates-with country/azerbaijan", "country/ukraine negotiates-with country/united-states"},
			[]string{"country/ukraine allied-with country/united-states"}}, // a security agreement is no alliance
		{"negotiates-with", "Israel and Hamas have not agreed to a ceasefire. Israel rejected a ceasefire with Hamas.",
			nil, []string{"country/israel negotiates-with org/hamas"}},
		{"titles", "Narendra Modi arrived in Moscow on Monday. The Indian prime minister held talks with Putin. Yulia Navalnaya lives in exile in Germany.",
			[]string{"person/narendra-modi leader-of country/india / prime minister", "person/narendra-modi met-with person/putin", "person/yulia-navalnaya lives-in country/germany"}, nil},
		{"negotiates-with", "Mr. Moussa is to hold talks with Iraqi leaders. Obasanjo pledged to hold further talks with Sudan. Israel's raid on a flotilla killed nine Turkish activists. U.N. troops launched an offensive against a militia in the eastern Democratic Republic of Congo.",
			nil, []string{"country/iraq negotiates-with person/moussa", "country/sudan negotiates-with person/obasanjo", "country/israel attacked country/turkey",
				"org/united-nations attacked country/democratic-republic-of-the-congo"}}, // plans; a demonym's people; where, past "the eastern"
		{"aids", "Germany delivered IRIS-T air defense systems to Ukraine. Britain gave Kenya Storm Shadow cruise missiles. The United States has provided Chad with more than $60 billion in military assistance.",
			[]string{"country/germany aids country/ukraine", "country/united-kingdom aids country/kenya", "country/united-states aids country/chad"}, nil}, // a make with its kind words
		{"member-of", "Sweden was formally admitted to NATO on Thursday. Finland, which became NATO's 31st member in April, sent troops. Bosnia and Herzegovina is bidding for European Union membership.",
			[]string{"country/sweden member-of org/nato", "country/finland member-of org/nato", "country/bosnia-and-herzegovina seeks-membership org/european-union"}, nil},
		{"attacked", "Russia pummeled Ukraine's power grid overnight. Japan and the Philippines inked a reciprocal access agreement. Mark Rutte took over as NATO secretary-general.",
			[]string{"country/russia attacked country/ukraine", "country/japan negotiates-with country/philippines", "person/mark-rutte leader-of org/nato"}, nil},
		{"attacked", "Venezuela said the comments were a veiled threat that the United States will attack Telesur's headquarters.",
			nil, []string{"country/united-states attacked org/telesur"}}, // a threat that, not an attack
		{"leader-of", "The ANC, which Mandela once led, lost its majority. Evo Morales, who led the Movement for Socialism for nearly three decades, was barred. Lula, a former president of the Workers' Party, spoke. Lukashenko has led Belarus for 30 years.",
			[]string{"person/mandela leader-of org/anc / former leader", "person/evo-morales leader-of org/movement-for-socialism / former leader", "person/lula leader-of org/workers-party / former president", "person/lukashenko leader-of country/belarus"}, []string{"person/lukashenko leader-of country/belarus / former leader"}}, // offices held once, told by a verb's clause, a span that is over, or "a former president of"
		{"leader-of", "Khaled Meshaal, a leader of Hamas, spoke. The ANC, which Mandela praised, lost its majority.",
			nil, []string{"person/khaled-meshaal leader-of org/hamas", "person/mandela leader-of org/anc"}},
		{"leader-of", "Sri Lankan President Gotabaya Rajapaksa, who took office in 2019, was ousted by protesters in 2022.",
			[]string{"person/gotabaya-rajapaksa leader-of country/sri-lanka / ousted President"}, []string{"person/gotabaya-rajapaksa leader-of country/sri-lanka / President"}}, // a removal past a "who" clause of another verb
		{"leader-of", "Serbian President Boris Tadic, who was stripped of his post in 2012, met Putin. Czech President Petr Pavel, a former NATO general, spoke.",
			[]string{"person/boris-tadic leader-of country/serbia / ousted President", "person/petr-pavel member-of org/nato / former general"},
			[]string{"person/boris-tadic leader-of country/serbia / President", "person/petr-pavel member-of org/nato / general"}}, // an office stripped; "former" before the body is the office's
		{"leader-of", "Haitian gang leader Jimmy Cherizier, who heads the Viv Ansanm coalition, was sanctioned by the U.N. Security Council in 2022.",
			[]string{"person/jimmy-cherizier leader-of org/viv-ansanm", "org/un-security-council sanctions person/jimmy-cherizier"}, []string{"person/jimmy-cherizier member-of org/un-security-council"}}, // a body's name before its kind; no member of who sanctions him
		{"leader-of", "Esmail Qaani, commander of the Quds Force, spoke on Monday. Khamenei appointed Ali Shamkhani as commander of the Basij. The commander of the Wagner Group, Yevgeny Prigozhin, died.",
			[]string{"person/esmail-qaani leader-of org/quds-force", "person/ali-shamkhani leader-of org/basij", "person/yevgeny-prigozhin leader-of org/wagner-group"}, nil}, // the command of a force told with "of the"
		{"leader-of", "Mohammed Deif, a commander of the Qassam Brigades, was killed. Mullah Dadullah, a top commander of the Taliban, was killed. Hamas commander Yahya Sinwar spoke. U.S. commander General David Petraeus spoke.",
			nil, []string{"person/mohammed-deif leader-of org/qassam-brigades", "person/mullah-dadullah leader-of org/taliban", "person/yahya-sinwar leader-of org/hamas", "person/david-petraeus leader-of country/united-states"}},
		{"leader-of", "Hamid Karzai, the first democratically elected president of Afghanistan, spoke. Ali Bongo was elected president of Gabon in 2009.",
			[]string{"person/hamid-karzai leader-of country/afghanistan", "person/ali-bongo leader-of country/gabon / president"}, nil}, // how the office was won
		{"leader-of", "Gnassingbe Eyadema, installed as military ruler in 1967, ruled Togo with a heavy hand for almost four decades. He directed National Guard troops to help.",
			[]string{"person/gnassingbe-eyadema leader-of country/togo"}, []string{"person/gnassingbe-eyadema leader-of org/national-guard"}}, // past a participle clause; a country ruled "with" is no game
		{"member-of", "The vote was won by Prime Minister Viktor Orban, whose Fidesz party took two thirds of the seats. They backed Morgan Tsvangirai, whose Movement for Democratic Change (MDC) party won.",
			[]string{"person/viktor-orban member-of org/fidesz @possessive-party", "person/morgan-tsvangirai member-of org/movement-for-democratic-change @possessive-party"}, nil}, // a party told by "whose"
		{"met-with", "Guyana's President Irfaan Ali met Venezuela's Nicolas Maduro on St Vincent. Iraq's Prime Minister Mohammed Shia al-Sudani met Biden at the White House.",
			[]string{"person/irfaan-ali met-with person/nicolas-maduro", "person/biden met-with person/mohammed-shia-al-sudani", "person/mohammed-shia-al-sudani leader-of country/iraq"},
			nil}, // a country's man named after its possessive; a sect's word inside a name
		{"aids", "There was no evidence that Russia had supplied weapons to the Houthis. It remains unclear whether Iran supplied the Houthis with missiles. Iran has supplied Russia with hundreds of Shahed drones.",
			[]string{"country/iran aids country/russia"}, []string{"country/russia aids org/houthis", "country/iran aids org/houthis"}}, // no evidence, a question; an amount of aid
		{"leader-of", "Guinea's junta leader, Colonel Mamady Doumbouya, spoke. Burkina Faso's military ruler Captain Ibrahim Traore spoke. Myanmar's junta chief Min Aung Hlaing left. " +
			"Masoud Pezeshkian, Iran's reformist president, spoke. Syria's new de facto leader Ahmed al-Sharaa met diplomats. Ruto, who leads Kenya, spoke.",
			[]string{"person/mamady-doumbouya leader-of country/guinea", "person/ibrahim-traore leader-of country/burkina-faso", "person/min-aung-hlaing leader-of country/myanmar",
				"person/masoud-pezeshkian leader-of country/iran", "person/ahmed-al-sharaa leader-of country/syria", "person/ruto leader-of country/kenya"}, nil}, // juntas, ranks, stances
		{"leader-of", "Hamas's political bureau chief Ismail Haniyeh was killed. Reuters bureau chief John Smith said so.",
			[]string{"person/ismail-haniyeh leader-of org/hamas"}, []string{"person/john-smith leader-of org/reuters"}}, // a politburo's head leads; a news bureau's does not lead the agency
		{"opposes", "Moldova's President Maia Sandu accused Russia of trying to buy votes. Erdogan lashed out at Israel. Alexei Navalny, President Vladimir Putin's fiercest domestic critic, died. " +
			"A spokesman for the family of Mr. de Menezes accused Ian Blair of lying. Erdogan hit out at Greece.",
			[]string{"person/maia-sandu opposes country/russia", "person/erdogan opposes country/israel", "person/alexei-navalny opposes person/vladimir-putin", "person/erdogan opposes country/greece"},
			[]string{"person/menezes opposes person/ian-blair", "person/erdogan attacked country/greece"}}, // accusations, outbursts and critics; a spokesman's family is no subject
		{"negotiates-with", "Armenia and Azerbaijan held a new round of peace talks in Washington. Manila and Beijing have held several rounds of talks. " +
			"The United States and the Taliban signed the Doha agreement in 2020. India and Saudi Arabia have signed a memorandum of understanding to combat terrorism.",
			[]string{"country/armenia negotiates-with country/azerbaijan", "country/china negotiates-with country/philippines", "country/united-states negotiates-with org/taliban",
				"country/india negotiates-with country/saudi-arabia"}, []string{"country/armenia negotiates-with country/united-states"}}, // rounds of talks, deals named after a town, memoranda
		{"attacked", "Ukrainian drones struck an oil refinery in Russia's Ryazan region. Kyiv was struck by a barrage of Russian cruise missiles. Al Shabaab militants attacked an African Union base. " +
			"Pakistan carried out airstrikes inside Afghanistan. China's coast guard fired water cannon at a Philippine vessel. The coast guard said three people drowned.",
			[]string{"country/ukraine attacked location/ryazan", "country/russia attacked country/ukraine", "org/al-shabaab attacked org/african-union",
				"country/pakistan attacked country/afghanistan", "country/china attacked country/philippines"}, nil}, // (from a held-out probe)
		{"aids", "The IMF approved an $8 billion bailout package for Egypt in March. USAID delivered emergency food aid to Haiti last week. Saudi Arabia extended a $3 billion deposit to Pakistan's central bank. " +
			"Jacques Chirac offered his support for Croatia's aspirations.",
			[]string{"org/imf aids country/egypt", "org/usaid aids country/haiti", "country/saudi-arabia aids country/pakistan"}, []string{"person/jacques-chirac aids country/croatia"}},
		{"attacked", "Russia attacked Ukraine last year. Finland joined NATO last year.", // a time phrase after the object
			[]string{"country/russia attacked country/ukraine", "country/finland member-of org/nato"}, nil},
		{"lives-in", "Abraham Lincoln (16th President): Born Feb. 12, 1809, in a one-room log cabin in Hodgenville. Tom Brown was born in a log cabin in what is now Larue County.",
			[]string{"person/abraham-lincoln lives-in location/hodgenville @born-in", "person/tom-brown lives-in location/larue-county @born-in"}, nil},
		{"lives-in", "Abraham Lincoln (16th President): Elected in 1860 in Springfield. Tom Brown (a farmer): born to a family that later moved to Ohio.",
			nil, []string{"person/abraham-lincoln lives-in location/springfield @born-in", "person/tom-brown lives-in location/ohio"}}, // (the pair classifier's guess at Springfield is another matter)
		{"lives-in", "James Dickey, Georgia born, has been writer in residence at the University of South Carolina. Dublin-born director Neil Jordan spoke. The Minnesota born artist Duane Hanson died.",
			[]string{"person/james-dickey lives-in country/georgia @place-born", "person/neil-jordan lives-in location/dublin @place-born", "person/duane-hanson lives-in location/minnesota @place-born"}, // set off after the name; a trade between
			[]string{"person/james-dickey lives-in location/south-carolina @place-born"}},
		{"lives-in", "Tom Smith, 50, an Atlanta architect, said so.",
			[]string{"person/tom-smith lives-in location/atlanta @person-a-place-trade"}, nil}, // past the age
		{"lives-in", "Tom Higgins was born in Danville and grew up mainly in Louisville. Jessica Lange was born in Cloquet and raised in Minnesota. Ann Lee was born in Dayton and has lived in Toledo since 1990.",
			[]string{"person/tom-higgins lives-in location/danville", "person/tom-higgins lives-in location/louisville", "person/jessica-lange lives-in location/minnesota",
				"person/ann-lee lives-in location/toledo"}, nil},
		{"lives-in", "Tom Higgins was born in Danville and studied in Louisville. Ann Lee lived in Dayton and worked in Toledo.",
			nil, []string{"person/tom-higgins lives-in location/louisville", "person/ann-lee lives-in location/toledo"}},
		{"lives-in", "Former U.S. President Barack Obama campaigned for Kamala Harris in Pittsburgh. Bernie Sanders toured Iowa with Alexandria Ocasio-Cortez.",
			nil, []string{"person/kamala-harris lives-in location/pittsburgh", "person/alexandria-ocasio-cortez lives-in location/iowa"}}, // where a campaign happened
		{"lives-in", "Maria Corina Machado, who is living in hiding in Caracas, spoke. Edward Snowden, the former U.S. intelligence contractor who has lived in Russia since 2013, spoke. " +
			"Yulia Navalnaya, who now lives in Germany, spoke. Hong Kong activist Nathan Law, who lives in London, said he would not return. Bashar al-Assad has been granted asylum in Russia.",
			[]string{"person/maria-corina-machado lives-in location/caracas", "person/edward-snowden lives-in country/russia", "person/yulia-navalnaya lives-in country/germany",
				"person/nathan-law lives-in location/london", "person/bashar-al-assad lives-in country/russia"},
			[]string{"person/nathan-law lives-in country/hong-kong"}}, // a home stated leaves no other to guess
		{"member-of", "Senators Diane Feinstein, a Democrat, and Saxby Chambliss, a Republican, criticized the United States. Putin hosted North Korean leader Kim Jong Un at the Vostochny Cosmodrome.",
			[]string{"person/diane-feinstein member-of org/democratic-party-us", "person/saxby-chambliss member-of org/republican-party-us"},
			[]string{"person/kim-jong-un member-of org/vostochny-cosmodrome"}}, // an American party in apposition; a venue is no body
		{"based-in", "U.S. Navy SEALs killed Osama bin Laden, the founder of al Qaeda, in Abbottabad, Pakistan, in 2011. Israel killed Mohammed Deif, the head of Hamas's armed wing, in a July airstrike in Khan Younis.",
			nil, []string{"org/al-qaeda based-in location/abbottabad", "org/al-qaeda based-in country/pakistan", "org/hamas based-in location/khan-younis"}}, // where a killing happened
		{"founded", "Imran Khan, who founded the Pakistan Tehreek-e-Insaf party in 1996, has been in jail.",
			[]string{"person/imran-khan founded org/pakistan-tehreek-e-insaf"}, nil}, // a party named with its kind
		{"met-with", "The Kremlin denied that Russian President Vladimir Putin met Lukashenko. Israel's military was checking whether Hamas leader Yahya Sinwar had been killed.",
			[]string{"person/vladimir-putin leader-of country/russia", "person/yahya-sinwar leader-of org/hamas"},
			[]string{"person/lukashenko met-with person/vladimir-putin", "country/israel killed person/yahya-sinwar"}}, // a denial past the subject's title; a title stands in what is reported
		{"works-for", "Iranian President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian were killed. French President Emmanuel Macron and Chancellor Olaf Scholz met. " +
			"Evo Morales, who leads the ruling MAS party, spoke. Yahya Sinwar, the Hamas leader who masterminded the October 7 attack, was killed by Israeli troops.",
			[]string{"person/hossein-amir-abdollahian works-for country/iran", "person/evo-morales leader-of org/mas-bolivia", "country/israel killed person/yahya-sinwar"},
			[]string{"person/olaf-scholz works-for country/france", "person/olaf-scholz leader-of country/france"}}, // a cabinet title shares the state before "and", a head's does not
		{"attacked", "General Petraeus helped quell disapproval of the war in Iraq by providing Congress with progress reports. She will not let Iran obtain a weapon as a price for their help in bringing peace to Iraq.",
			nil, []string{"org/congress attacked country/iraq", "country/iran aids country/iraq"}}, // a gerund after "by" names no agent; a verb between noun and object takes it
		{"opposes", "Iran has accused the British military of equipping the bombers. Washington criticized the Uzbek government for a crackdown. He also criticized several Iraqi government officials.",
			[]string{"country/iran opposes country/united-kingdom", "country/united-states opposes country/uzbekistan"}, nil}, // a state named by its government or military
		{"seeks-membership", "Serbian President Aleksandar Vucic, whose country is seeking EU membership, refused. Malaysia had applied to join the BRICS group of emerging economies. Sweden joined the NATO alliance in 2024. Former Georgian President Mikheil Saakashvili, whose country has long sought NATO membership, spoke.",
			[]string{"country/georgia seeks-membership org/nato", "country/serbia seeks-membership org/european-union", "country/malaysia seeks-membership org/brics", "country/sweden member-of org/nato"}, nil}, // "whose country" is the office-holder's; a body named with its kind
		{"seeks-membership", "Serbian President Aleksandar Vucic, whose country is not seeking NATO membership, spoke. Sweden attended the NATO summit.",
			nil, []string{"country/serbia seeks-membership org/nato", "country/sweden member-of org/nato"}},
		{"seeks-membership", "The ceasefire coincides with the start of Turkey's membership talks with the European Union. Croatia began accession talks with the EU in 2005.",
			[]string{"country/turkey seeks-membership org/european-union", "country/croatia seeks-membership org/european-union"}, nil}, // the talks' owner or opener
		{"met-with", "South African President Cyril Ramaphosa held talks with Russian President Vladimir Putin by phone on Monday. " +
			"Presidential spokesman George Charamba dismissed claims that Zimbabwean President Emmerson Mnangagwa had met opposition leader Nelson Chamisa.",
			nil, []string{"person/cyril-ramaphosa met-with person/vladimir-putin", "person/emmerson-mnangagwa met-with person/nelson-chamisa"}}, // (from a held-out probe)
		{"leader-of", "Meng Wanzhou, Huawei's chief financial officer, was detained. Tim Cook, Apple's chief executive officer, spoke.",
			[]string{"person/tim-cook leader-of org/apple", "person/meng-wanzhou member-of org/huawei / chief financial officer"},
			[]string{"person/meng-wanzhou leader-of org/huawei"}}, // an officer, not the chief
		{"sanctions", "China imposed sanctions on U.S. defence companies Lockheed Martin and Raytheon. The EU imposed sanctions on Rwandan army commanders. " +
			"The U.S. Treasury Department imposed sanctions on Venezuela's state oil company PDVSA.",
			[]string{"country/china sanctions org/lockheed-martin", "org/us-treasury-department sanctions org/pdvsa"},
			[]string{"country/china sanctions country/united-states", "org/european-union sanctions country/rwanda", "org/us-treasury-department sanctions country/venezuela"}}, // firms and officers, not the state
		{"leader-of", "Mohamed Bazoum, Niger's elected president, was overthrown in July 2023. The ouster of Sudan's longtime ruler Omar al-Bashir ended three decades of rule. " +
			"Guyana's President Irfaan Ali was re-elected.",
			[]string{"person/mohamed-bazoum leader-of country/niger / ousted president", "person/omar-al-bashir leader-of country/sudan / ousted longtime ruler",
				"person/irfaan-ali leader-of country/guyana / President"}, nil}, // put out of office: held once
		{"based-in", "Osama bin Laden was killed by U.S. Navy SEALs in Abbottabad, Pakistan, in 2011. Iran received a request through the Swiss Embassy in Tehran. " +
			"The government believes Australians are fighting with IS in Syria.",
			[]string{"org/swiss-embassy-iran based-in location/tehran", "org/islamic-state based-in country/syria"},
			[]string{"org/us-navy-seals based-in location/abbottabad", "org/us-navy-seals based-in country/pakistan"}}, // where a killing happened; an embassy is where it is
		{"founded", "Julian Assange, the Australian founder of WikiLeaks, returned to Canberra after pleading guilty. Jeff Bezos launched Blue Origin, his space company, in 2000.",
			[]string{"person/julian-assange founded org/wikileaks", "person/julian-assange citizen-of country/australia", "person/jeff-bezos founded org/blue-origin"},
			[]string{"person/julian-assange lives-in location/canberra"}}, // a nationality and the body's title; a return is a trip
		{"aids", "Japan's $4.5 billion aid package for Ukraine was approved. Beijing's support for Moscow's war effort worries Washington.",
			[]string{"country/japan aids country/ukraine", "country/china supports country/russia"}, nil}, // an amount between owner and noun; support for what a state owns
		{"leader-of", "The Palestinian Authority, headed by Mahmoud Abbas, is based in Ramallah. The IAEA, the U.N. nuclear watchdog headed by Rafael Grossi, spoke. " +
			"Mali's military junta, led by Colonel Assimi Goita, expelled French troops. The Georgian Dream party, founded by billionaire Bidzina Ivanishvili, won. " +
			"The Czech Republic opened a diplomatic office in Kabul, headed by Filip Velach.",
			[]string{"person/mahmoud-abbas leader-of org/palestinian-authority", "person/rafael-grossi leader-of org/iaea", "person/assimi-goita leader-of country/mali",
				"person/bidzina-ivanishvili founded org/georgian-dream"}, []string{"person/filip-velach leader-of country/afghanistan"}}, // headed, led, founded by
		{"attacked", "Kharkiv was struck by Russian glide bombs on Sunday. Reuters journalist Issam Abdallah was killed by an Israeli tank strike in southern Lebanon.",
			[]string{"country/russia attacked location/kharkiv", "country/israel killed person/issam-abdallah"}, nil}, // weapons named by their kind
		{"works-for", "BBC journalist Alan Johnston has received an award. Mohammed claimed responsibility for beheading Wall Street Journal reporter Daniel Pearl.",
			[]string{"person/alan-johnston works-for org/bbc", "person/daniel-pearl works-for org/wall-street-journal"}, nil}, // the press's staff work for it
		{"negotiates-with", "Kyrgyz President Sadyr Japarov signed a border agreement with Tajik President Emomali Rahmon in Bishkek. Estonia expelled a Russian diplomat and accused Moscow of waging a hybrid war. " +
			"Egypt has sent weapons and troops to Somalia. Kadyrov sent fighters to Ukraine.",
			[]string{"person/emomali-rahmon negotiates-with person/sadyr-japarov", "country/estonia opposes country/russia", "country/egypt aids country/somalia"},
			[]string{"person/kadyrov aids country/ukraine"}}, // leaders signing together; a second verb's subject; arms say whose side troops are on
		{"sanctions", "Sanctions were imposed on North Korea by the U.N. Security Council in 2006. Fresh military aid was pledged to Kyiv by Canada and Denmark. Sanctions were not imposed on Iran by the EU.",
			[]string{"org/un-security-council sanctions country/north-korea", "country/canada aids country/ukraine", "country/denmark aids country/ukraine"},
			[]string{"org/european-union sanctions country/iran"}}, // the passive of a light verb
		{"met-with", "Canadian Prime Minister Justin Trudeau flew to Mar-a-Lago for dinner with Donald Trump. Biden will host a dinner for Kishida next week.",
			[]string{"person/donald-trump met-with person/justin-trudeau"}, nil}, // a meal together
		{"opposes", "The United States sold $2 billion worth of air-defence systems to Taiwan, drawing protests from Beijing. Iran's foreign ministry summoned the British ambassador. " +
			"China summoned Japan's ambassador over the visit. Officials were summoned to testify.",
			[]string{"country/china opposes country/united-states", "country/iran opposes country/united-kingdom", "country/china opposes country/japan"}, nil}, // reactions and envoys summoned
		{"seeks-membership", "Moldova's President Maia Sandu said her country had no intention of joining NATO, though it hopes to join the EU by 2030. Turkey blocked Sweden's accession to NATO.",
			[]string{"country/sweden seeks-membership org/nato"}, []string{"org/nato seeks-membership org/european-union"}}, // a bloc joins no bloc
		{"leader-of", "The World Health Organization, based in Geneva, said its director-general Tedros Adhanom Ghebreyesus would visit Gaza.",
			[]string{"person/tedros-adhanom-ghebreyesus leader-of org/who / director-general"}, nil}, // "its" title with no comma before the name
		{"supports", "India stands with Israel, Modi wrote. NATO's chief said the alliance stands firmly behind Ukraine. China did not stand with Russia. He stood by the roadside. " +
			"The United States, Britain and France voted for the resolution condemning Russia, while China and India abstained.",
			[]string{"country/india supports country/israel", "country/united-states opposes country/russia", "country/france opposes country/russia"},
			[]string{"country/china supports country/russia", "country/china opposes country/russia", "country/india opposes country/russia"}}, // standing with; a resolution voted for
		{"leader-of", "Paraguay is one of the few countries that still recognise Taiwan, and its president, Santiago Pena, visited Taipei in October.",
			[]string{"person/santiago-pena leader-of country/paraguay"}, []string{"person/santiago-pena leader-of country/taiwan"}}, // "its" after ", and" is the subject's
		{"negotiates-with", "Israel and Egypt have both signed the other treaty banning nuclear tests. Israel and Jordan signed a peace treaty in 1994.",
			[]string{"country/israel negotiates-with country/jordan"}, []string{"country/egypt negotiates-with country/israel"}}, // each signed with others
		{"met-with", "German Chancellor Gerhard Schroeder is traveling to the United States for a meeting with President Bush on Monday. Schroeder traveled to Paris for talks with Jacques Chirac.",
			[]string{"person/gerhard-schroeder met-with person/jacques-chirac"}, []string{"person/bush met-with person/gerhard-schroeder"}}, // a trip under way: the meeting is to come
		{"met-with", "Sri Lanka's new President Anura Kumara Dissanayake visited India on his first trip abroad and met Prime Minister Narendra Modi. The plan was announced and met with criticism.",
			[]string{"person/anura-kumara-dissanayake met-with person/narendra-modi"}, nil}, // the first verb's subject meets
		{"opposes", "Sudan's Rapid Support Forces are accused by Washington of committing genocide in Darfur. Prime Minister Abiy Ahmed has been criticised by the Egyptian government for the dam. He was accused of fraud.",
			[]string{"country/united-states opposes org/rapid-support-forces", "country/egypt opposes person/abiy-ahmed"}, nil}, // accusation and criticism in the passive
		{"met-with", "Mr. Rumsfeld is expected to discuss US-India relations when he meets with Prime Minister Manmohan Singh on Thursday in New Delhi.",
			nil, []string{"person/rumsfeld met-with person/manmohan-singh"}}, // expected: yet to come
		{"leader-of", "Prince Surkhanpha, director of the Brussels-based Euro Burma Office, cited the constitution.",
			[]string{"person/surkhanpha leader-of org/euro-burma-office", "org/euro-burma-office based-in location/brussels"}, nil}, // the head of a body seated elsewhere
		{"attacked", "Kharkiv was pummeled by Russian missiles overnight. Odesa was shelled by Russian forces.",
			[]string{"country/russia attacked location/kharkiv", "country/russia attacked location/odesa"}, nil}, // a town attacked, in the passive
		{"negotiates-with", "Moscow and Kyiv resumed peace talks in Istanbul. Israel and Hamas are negotiating a ceasefire. France condemned Russia's annexation of Crimea.",
			[]string{"country/russia negotiates-with country/ukraine", "country/israel negotiates-with org/hamas", "country/france opposes country/russia"}, nil},
		{"attacked", "Palestinian attacks on Israel continued. Her New Delhi talks with Manmohan Singh ended. The NATO assault was launched to end Serb aggression.", // militants, not a state; a place, not a party; another's noun
			nil, []string{"country/palestine attacked country/israel", "country/india negotiates-with person/manmohan-singh", "org/nato attacked country/serbia"}},
		{"attacked", `He sees "no possibility" of a U.S. attack on Iran. Iran faces the threat of U.S. sanctions. The risk of a Russian invasion of Ukraine grew.`, // what may happen
			nil, []string{"country/united-states attacked country/iran", "country/united-states sanctions country/iran", "country/russia attacked country/ukraine"}},
		{"sanctions", "Japan is calling for U.N. sanctions against North Korea. Britain urged new EU sanctions on Iran. Washington backed NATO strikes on Libya.", // wanted, not done; backed, done
			[]string{"org/nato attacked country/libya"}, []string{"org/united-nations sanctions country/north-korea", "org/european-union sanctions country/iran"}},
		{"attacked", "The Bay of Pigs invasion was a failed attempt by exiles to overthrow Fidel Castro in Cuba.", // an event's name, not a body
			nil, []string{"org/bay-of-pigs attacked country/cuba"}},
		{"attacked", "The Security Council condemned the attack by North Korea on South Korea. The invasion by Iraq of Kuwait in 1990 led to war. Sanctions by the EU against Russia were extended.", // the agent after "by", before the target
			[]string{"country/north-korea attacked country/south-korea", "country/iraq attacked country/kuwait", "org/european-union sanctions country/russia"}, nil},
		{"aids", "The U.S. gave Ukraine 60 billion dollars in aid. The EU pledged 50 billion euros to Ukraine. Turkey threw its support behind Azerbaijan. Kofi Annan sent Ivory Coast a bill for 3.5 million dollars.", // money, the receiver first, "behind"; a bill is no aid
			[]string{"country/united-states aids country/ukraine", "org/european-union aids country/ukraine", "country/turkey supports country/azerbaijan"},
			[]string{"person/kofi-annan aids country/ivory-coast"}},
		{"opposes", "India blamed Pakistan for the attack. Russia did not blame Ukraine. He blames Iceland's calamity on bankers.",
			[]string{"country/india opposes country/pakistan"}, []string{"country/russia opposes country/ukraine", "person/he opposes country/iceland"}},
		{"opposes", "China slammed Japan's decision. Russia was censured by the Council of Europe.", // harsh words
			[]string{"country/china opposes country/japan", "org/council-of-europe opposes country/russia"}, nil},
		{"citizenship", "A French citizen, Pierre Dupont, was arrested. Two Britons, John Smith and Tom Brown, were kidnapped. A French court, Ann Lee said, ruled.", // a nationality set off before the names
			[]string{"person/pierre-dupont citizen-of country/france", "person/john-smith citizen-of country/united-kingdom", "person/tom-brown citizen-of country/united-kingdom"},
			[]string{"person/ann-lee citizen-of country/france"}},
		{"citizenship", "John Smith is a British citizen. Pierre Dupont, who is French, was kidnapped. Ahmed Khan, a Pakistani, was arrested with Ali Reza, an Iranian.",
			[]string{"person/john-smith citizen-of country/united-kingdom", "person/pierre-dupont citizen-of country/france",
				"person/ahmed-khan citizen-of country/pakistan", "person/ali-reza citizen-of country/iran"}, nil}, // a nationality stated or set off as a noun
		{"citizenship", "Tom Brown, who is not British, left. Ann Lee is a British journalist. The company is British.",
			nil, []string{"person/tom-brown citizen-of country/united-kingdom"}}, // negation
		{"citizenship", "Jason Rezaian holds dual U.S. and Iranian citizenship. Tom Smith was granted Russian citizenship. Ann Lee does not hold Chinese citizenship.",
			[]string{"person/jason-rezaian citizen-of country/united-states", "person/jason-rezaian citizen-of country/iran", "person/tom-smith citizen-of country/russia"},
			[]string{"person/ann-lee citizen-of country/china"}},
		{"lives in", "Washington Irving, author of Rip Van Winkle, was born in New York City. John Smith and Mary Jones live in Ohio. Barack Obama returned to his hometown, Chicago.", // past an apposition; every subject; a hometown after a comma
			[]string{"person/washington-irving lives-in location/new-york-city", "person/john-smith lives-in location/ohio", "person/mary-jones lives-in location/ohio", "person/barack-obama lives-in location/chicago"},
			[]string{"person/rip-van-winkle lives-in location/new-york-city"}},
		{"employment", "Yukos was owned by oil tycoon and Kremlin critic Vladimir Khodorkovsky.", // a critic serves no one he criticises
			nil, []string{"person/vladimir-khodorkovsky works-for country/russia"}},
		{"employment", "A U.S. official said the Bush Administration was working with Congress. John Smith was working with Congress to make the law. Ann Lee is working with the FBI on the case.", // an administration is no person; working with to do something is no job
			nil, []string{"org/bush-administration member-of org/congress", "person/john-smith works-for org/congress", "person/ann-lee works-for org/fbi"}},
		{"supports", "Russia, which has long backed Syria, attacked Ukraine.",
			[]string{"country/russia supports country/syria", "country/russia attacked country/ukraine"}, nil},
		{"killed", "Lee Harvey Oswald fired the shots that killed President John F. Kennedy. Police fired shots that killed nobody.", // the shooter of the fatal shots
			[]string{"person/lee-harvey-oswald killed person/john-f-kennedy"}, nil},
		{"killed", "Films show Jack Ruby fatally shooting Oswald. Ruby was shooting at targets with Smith.",
			[]string{"person/jack-ruby killed person/oswald"}, []string{"person/jack-ruby killed person/smith"}}, // a fatal gerund; shooting alone kills no one
		{"killed", "Oswald was the lone gunman who killed Kennedy and who 45 minutes later killed Dallas Police Officer J.D. Tippit.",
			[]string{"person/oswald killed person/kennedy", "person/oswald killed person/jd-tippit"}, nil}, // a copula's subject, a span of time, a title after a place
		{"killed", "They found it when Herschel Grynszpan, a 17-year-old Jew enraged by his family's deportation to Poland, shot and mortally wounded German Embassy Third Secretary Ernst vom Rath in Paris.",
			[]string{"person/herschel-grynszpan killed person/ernst-vom-rath"}, nil}, // a long apposition with a participle; a body and a title before the name
		{"killed", "Smith met the gunman who killed Kennedy.",
			nil, []string{"person/smith killed person/kennedy"}}, // no copula: the gunman is no one named
		{"based in", "A plane with Taiwan's biggest carrier, China Airlines, arrived in Shanghai from Taipei.",
			[]string{"org/china-airlines based-in country/taiwan @country-org"}, []string{"org/china-airlines based-in country/china"}}, // the text's word over the name's
		{"based in", "Osbek Castillo is a pitcher for the Arizona Diamondbacks 'feeder team in Alabama, while Francisely Bueno pitches in Mississippi. " +
			"General Scott Gration was addressing the second meeting of Africa Clearing House, a joint European-North American group that gathered Monday in Stuttgart, Germany.",
			nil, []string{"org/arizona-diamondbacks based-in location/alabama", "org/africa-clearing-house based-in location/stuttgart",
				"org/africa-clearing-house based-in country/germany"}}, // what the body owns is there; a gathering happens there
		{"titles", "Yushchenko will dismiss Ukraine's chief veterinary official, Petro Verbytsky. British director Ken Loach won. Ankara's mayor, Melih Gokcek, spoke.",
			[]string{"person/petro-verbytsky works-for country/ukraine", "person/ken-loach citizen-of country/united-kingdom", "person/melih-gokcek leader-of location/ankara"},
			[]string{"person/petro-verbytsky leader-of country/ukraine", "person/ken-loach leader-of country/united-kingdom", "person/melih-gokcek leader-of country/turkey"}}, // "chief" qualifying a title, a trade, a city's office
		{"titles", "On Saturday, Italy's candidate for the European Union's top executive body, Rocco Buttiglione - a conservative - withdrew.",
			nil, []string{"person/rocco-buttiglione member-of org/european-union"}}, // a body's description, no one's title
		{"definite descriptions", "The White House says U.S. President George Bush will attend the ceremony in Beijing. In South Korea, he will meet with President Lee Myung-bak to discuss trade. The U.S. president also will hold talks with senior leaders.",
			[]string{"person/george-bush leader-of country/united-states"}, []string{"person/lee-myung-bak leader-of country/united-states"}}, // the one whose title names the country
		{"lives in", "On Monday, former U.S. Vice President Al Gore endorsed Obama, saying in Detroit, Michigan, that Obama is the candidate. " +
			"The Peace Corps has 144 volunteers based in Kenya. The suspects, companies - Sara Properties, Meadowbrook Investments and Ozlam Properties - are based in Britain.",
			[]string{"person/al-gore supports person/obama"},
			[]string{"person/obama lives-in location/detroit", "org/peace-corps based-in country/kenya",
				"person/sara-properties member-of org/meadowbrook-investments"}}, // where one spoke, whose base it is, a list
		{"lives in", "The NATO chief spoke after conferring with Georgia's president, Mikhail Saakashvili, in the town of Singnaghi. " +
			"China denied a visa to U.S. Olympic gold medalist and Darfur anti-violence campaigner Joey Cheek.",
			nil, []string{"person/mikhail-saakashvili lives-in location/singnaghi", "person/joey-cheek lives-in location/darfur"}}, // a meeting's place; a cause
		{"lives in", "Blaze, a film about a former governor and a stripper, will star Paul Newman as Louisiana Gov. Earl Long.",
			[]string{"person/earl-long lives-in location/louisiana"}, []string{"person/paul-newman lives-in location/louisiana"}}, // the state of the title after it
		{"titles", "Mr. Alonso identified one of the men as Pedro Esquisabel Urtuzaga, the chief of ETA international operations.",
			[]string{"person/pedro-esquisabel-urtuzaga member-of org/eta"}, []string{"person/pedro-esquisabel-urtuzaga leader-of org/eta"}}, // the head of a part of the body
		{"titles", "Olympic Ticketing Center head Rong Jun said tickets sold well. Quebec Premier Robert Bourassa spoke.",
			[]string{"person/robert-bourassa lives-in location/quebec"}, []string{"person/rong-jun lives-in location/olympic-ticketing-center"}}, // a premier lives where he governs; no one lives in a centre
		{"titles", "Ann Lee resigned as head of the IMF. Tom Brown stepped down as prime minister of Italy in 2011. Jane Doe has served as president of Chile since 2010.",
			[]string{"person/ann-lee leader-of org/imf / former head", "person/tom-brown leader-of country/italy / former prime minister", "person/jane-doe leader-of country/chile / president"},
			nil}, // an office left is an office held, the role saying so
		{"titles", "Leon Panetta served as White House chief of staff for President Bill Clinton.",
			[]string{"person/leon-panetta works-for country/united-states / former chief of staff"}, []string{"person/leon-panetta leader-of country/united-states"}}, // an aide, not a head
		{"works for", "Ann Lee, an official at the U.S. embassy in Kabul, said. Tom Brown, a diplomat with the Russian embassy, agreed. Jane Doe, a protester outside the British embassy, was hurt.",
			[]string{"person/ann-lee works-for country/united-states", "person/tom-brown works-for country/russia"},
			[]string{"person/ann-lee works-for country/afghanistan", "person/jane-doe works-for country/united-kingdom"}}, // a country's mission abroad
		{"works for", "Ann Lee is employed by Siemens. Tom Brown was hired by the BBC. Jane Doe was not hired by the World Bank.",
			[]string{"person/ann-lee works-for org/siemens", "person/tom-brown member-of org/bbc"}, []string{"person/jane-doe member-of org/world-bank"}},
		{"titles", "Ann Lee, Siemens' chief executive, spoke with Tom Brown, the U.S. ambassador to Japan, and Jane Doe, Iran's chief nuclear negotiator.",
			[]string{"person/ann-lee leader-of org/siemens", "person/tom-brown works-for country/united-states / ambassador",
				"person/jane-doe works-for country/iran / chief nuclear negotiator"},
			[]string{"person/jane-doe leader-of country/iran", "person/tom-brown works-for country/japan"}}, // a bare apostrophe; a country's name as modifier; "chief" qualifying a noun
		{"titles", "Ann Lee, a wanted Abu Sayyaf leader, was hurt. Tom Brown, a leader of Hamas, spoke. Jane Doe, the Hamas leader, replied.",
			[]string{"person/ann-lee member-of org/abu-sayyaf", "person/tom-brown member-of org/hamas", "person/jane-doe leader-of org/hamas"},
			[]string{"person/ann-lee leader-of org/abu-sayyaf", "person/tom-brown leader-of org/hamas"}}, // "a leader" is one of its leaders
		{"titles", "Patrick Strosahl, a jeweler and president of Vision Seattle, spoke.",
			[]string{"person/patrick-strosahl leader-of org/vision-seattle"}, nil}, // the article is the first title's
		{"lives in", "Ann Lee moved to Boston in 1990. Tom Brown was raised in Chicago. Jane Doe returned home to Denver, and Joe Black emigrated to Canada.",
			[]string{"person/ann-lee lives-in location/boston", "person/tom-brown lives-in location/chicago", "person/jane-doe lives-in location/denver",
				"person/joe-black lives-in country/canada"}, nil},
		{"lives in", "Ann Lee returned to Kabul on Monday. Tom Brown moved to dismiss the case in Boston.",
			nil, []string{"person/ann-lee lives-in location/kabul", "person/ann-lee lives-in country/afghanistan", "person/tom-brown lives-in location/boston"}}, // a trip; a motion
		{"lives in", "Ann Lee, a China analyst, and Tom Brown, the Iraq war veteran, spoke.",
			nil, []string{"person/ann-lee lives-in country/china", "person/tom-brown lives-in country/iraq"}}, // the place is their subject
		{"titles", "Alexander Lukashenko, Belarus's authoritarian president, spoke. The longtime ruler of Cuba, Fidel Castro, spoke. Emomali Rahmon has led Tajikistan since 1994. Augusto Pinochet came to power in Chile in a coup.",
			[]string{"person/alexander-lukashenko leader-of country/belarus", "person/fidel-castro leader-of country/cuba", "person/emomali-rahmon leader-of country/tajikistan",
				"person/augusto-pinochet leader-of country/chile"}, nil},
		{"titles", "Lionel Messi has led Argentina since 2011 as captain. Adolf Hitler failed to seize power in Germany in 1923.",
			nil, []string{"person/lionel-messi leader-of country/argentina", "person/adolf-hitler leader-of country/germany"}},
		{"titles", "The Left party's Gregor Gysi said. AfD co-leader Tino Chrupalla agreed. EU foreign policy chief Josep Borrell and Bavarian Premier Markus Söder of the CSU spoke.",
			[]string{"person/gregor-gysi member-of org/die-linke", "person/tino-chrupalla leader-of org/afd / co-leader", "person/josep-borrell member-of org/european-union / foreign policy chief",
				"person/markus-soder member-of org/csu"},
			[]string{"person/markus-soder leader-of org/csu", "person/josep-borrell leader-of org/european-union"}}, // a state's office of a party's member; a department's chief
		{"titles", "In Washington, Democratic Senator Ann Lee said. Republican presidential candidate Tom Brown campaigned in Iowa.",
			[]string{"person/ann-lee member-of org/democratic-party-us / Senator", "person/tom-brown member-of org/republican-party-us / presidential candidate"}, nil},
		{"titles", "In Tokyo, Democratic lawmaker Jane Doe said. The Democratic Republic of Congo's President Joseph Kabila spoke.",
			nil, []string{"person/jane-doe member-of org/democratic-party-us", "person/joseph-kabila member-of org/democratic-party-us"}}, // no American story
		{"titles", "Talks in Washington between Christian Democratic leader Angela Merkel and the Social Democrats went on. Irish Republican Gerry Adams spoke in New York.",
			nil, []string{"person/angela-merkel member-of org/democratic-party-us", "person/gerry-adams member-of org/republican-party-us"}}, // another party's name
		{"titles", "In Washington, Democrat Neil Abercrombie of Hawaii and Republican John McCain spoke.",
			[]string{"person/neil-abercrombie member-of org/democratic-party-us", "person/john-mccain member-of org/republican-party-us"}, nil},
		{"titles", "Senator Ann Lee, an Ohio Democrat, said. Texas Republican Tom Brown agreed.",
			[]string{"person/ann-lee member-of org/democratic-party-us", "person/ann-lee lives-in location/ohio",
				"person/tom-brown member-of org/republican-party-us", "person/tom-brown lives-in location/texas"}, nil},
		{"titles", "Kim Jong Un rules North Korea, and Ann Lee heads the OSCE.",
			[]string{"person/kim-jong-un leader-of country/north-korea", "person/ann-lee leader-of org/osce"}, nil}, // "rules" after a name is a verb
		{"titles", "Gov. Bob Miller of Nevada signed the bill, and Mayor Tom Bradley of Los Angeles and Sen. Bob Graham of Florida welcomed it.",
			[]string{"person/bob-miller leader-of location/nevada", "person/bob-miller lives-in location/nevada", "person/tom-bradley leader-of location/los-angeles"},
			[]string{"person/bob-graham leader-of location/florida"}}, // a governor or mayor of a place heads it; a senator does not
		{"titles", "The Texas governor, George W. Bush, met Richard Daley, the Chicago mayor, and John Tower, the Texas senator.",
			[]string{"person/george-w-bush leader-of location/texas", "person/richard-daley leader-of location/chicago", "person/richard-daley lives-in location/chicago"},
			[]string{"person/john-tower leader-of location/texas", "person/richard-daley leader-of location/texas"}}, // the place before a local head's title
		{"titles", "Zimbabwe's Information Minister, Tichaona Jokonya, was found dead. Nepal's home affairs minister, Krishna Prasad Sitaula, met Prachanda.",
			[]string{"person/tichaona-jokonya works-for country/zimbabwe", "person/krishna-prasad-sitaula works-for country/nepal", "person/krishna-prasad-sitaula citizen-of country/nepal"},
			[]string{"person/tichaona-jokonya leader-of country/zimbabwe", "person/krishna-prasad-sitaula leader-of country/nepal"}}, // a portfolio before the title
		{"places", "China might seize a disputed set of islands known as Diaoyu in China. The town of Lodi in Italy was hit.",
			[]string{"location/lodi located-in country/italy"}, []string{"location/diaoyu located-in country/china"}}, // who calls it so, not where it lies
		{"works for", "Speaking at Georgetown University in Washington, Syrian Ambassador Imad Moustapha said the timing was set.",
			[]string{"person/imad-moustapha works-for country/syria"}, []string{"person/imad-moustapha member-of org/georgetown-university"}}, // a guest speaker
		{"works for", "Sturholm had resigned, said Kathryn Rich, assistant news director for KIRO. CNN news chief Jon Klein agreed.",
			[]string{"person/kathryn-rich member-of org/kiro"}, []string{"person/kathryn-rich leader-of org/kiro", "person/jon-klein leader-of org/cnn"}}, // a department's head, an assistant: no leader
		{"works for", "U.S Defense Secretary Robert Gates and his Israeli counterpart, Ehud Barak, agreed during talks Tuesday at the Pentagon. " +
			"Zidane told French television, Canal Plus, Tuesday that he has made a definitive decision. " +
			"Ali Larijani made the announcement Friday in Vienna, after a meeting with International Atomic Energy Agency officials. " +
			"Last week, GM's most high-profile investor, billionaire Kirk Kerkorian, urged the company to consider joining an alliance with Renault and Nissan.",
			nil, []string{"person/ehud-barak works-for org/us-department-of-defense", "person/ehud-barak member-of org/us-department-of-defense",
				"person/zidane member-of org/canal-plus", "person/ali-larijani member-of org/iaea", "person/kirk-kerkorian member-of org/renault",
				"person/kirk-kerkorian member-of org/nissan"}}, // where they talked, whom they told, whom they met or would join
		{"works for", "A U.S. State Department spokesman says Chen Yunlin will meet with Deputy Secretary of State Richard Armitage.",
			nil, []string{"person/chen-yunlin works-for org/us-department-of-state", "person/chen-yunlin member-of org/us-department-of-state"}}, // the spokesman is someone else
		{"lives in", "World rally champion Sebastien Loeb of France leads. Loeb, in a Citroen, expanded his lead to 1.16 minutes over Subaru driver Petter Solberg of Norway. Japan's Nenbutsushu Buddhist sect announced it will not pay. " +
			"Jericho is the first of five towns - Tulkarem, Qalqiliya, Ramallah, Bethlehem - that Israel plans to turn over.",
			nil, []string{"person/sebastien-loeb lives-in location/citroen", "person/sebastien-loeb lives-in location/citroen", "person/nenbutsushu-buddhist lives-in country/japan",
				"location/tulkarem located-in location/qalqiliya"}}, // a car, a sect's name, a list
		{"lives in", "George Lucas, a Modesto, Calif., native, directed it.",
			[]string{"person/george-lucas lives-in location/modesto", "person/george-lucas lives-in location/california"}, nil}, // the town, and the state the text puts it in
		{"killed", "Police arrested Yigal Amir, the assassin of Yitzhak Rabin, in 1995.",
			[]string{"person/yigal-amir killed person/yitzhak-rabin @killed-doer"}, nil},
		{"killed", "Yigal Amir was the assassin of Yitzhak Rabin, and Rabin's assassin, Yigal Amir, was jailed.",
			[]string{"person/yigal-amir killed person/yitzhak-rabin @killed-doer"}, nil},
		{"killed", "The suspected killer of Yitzhak Rabin, Yigal Amir, was held. Amir was not the killer of Shimon Peres.",
			nil, []string{"person/yigal-amir killed person/yitzhak-rabin", "person/yigal-amir killed person/shimon-peres"}},
		{"killed", "Lennon was fatally shot by Mark David Chapman outside the Dakota.",
			[]string{"person/mark-david-chapman killed person/lennon"}, nil},
		{"killed", "In 1969, James Earl Ray pleaded guilty in Memphis to the assassination of Martin Luther King.",
			[]string{"person/james-earl-ray killed person/martin-luther-king"}, nil},
		{"killed", "Vasquez is charged in the slayings of John Walker and Alberto Radelat.", // a charge, not a finding
			nil, []string{"person/vasquez killed person/john-walker"}},
		{"killed", "He likened it to the televised slaying of President John F. Kennedy's killer, Lee Harvey Oswald, by Dallas nightclub owner Jack Ruby in 1963.",
			[]string{"person/jack-ruby killed person/lee-harvey-oswald @killed-noun", "person/lee-harvey-oswald killed person/john-f-kennedy @killed-doer"},
			[]string{"person/jack-ruby killed person/john-f-kennedy"}},
		{"killed", "Herschel Grynszpan shot and mortally wounded Ernst vom Rath in Paris.",
			[]string{"person/herschel-grynszpan killed person/ernst-vom-rath @killed-verb"}, nil},
		{"killed", "Jack Ruby shot and killed Lee Harvey Oswald.",
			[]string{"person/jack-ruby killed person/lee-harvey-oswald @killed-verb"}, nil},
		{"killed", "Ray was sentenced in 1969 when he pleaded guilty to shooting and killing King.",
			[]string{"person/ray killed person/king @killed-noun"}, nil},
		{"killed", "Police said Mark Jones shot and wounded John Smith, and Tom Brown was charged with killing Ann Lee.",
			nil, []string{"person/mark-jones killed person/john-smith", "person/tom-brown killed person/ann-lee"}},
		{"killed", "John Smith stabbed Ann Lee to death. Mary Brown was beaten to death by Tom Green. Paul White gunned down Joe Black. Sam Grey, Ken Blue's murderer, escaped.",
			[]string{"person/john-smith killed person/ann-lee", "person/tom-green killed person/mary-brown", "person/paul-white killed person/joe-black",
				"person/sam-grey killed person/ken-blue"}, nil},
		{"killed", "John Smith stabbed Ann Lee. Tom Green did not beat Mary Brown to death.",
			nil, []string{"person/john-smith killed person/ann-lee", "person/tom-green killed person/mary-brown"}}, // stabbed, not killed; negation
		{"killed", "Omar Farouk was gunned down by Ali Hassan in Cairo. Lena Ortiz was fatally stabbed by Marco Diaz. Ivan Petrov fatally stabbed Oleg Sidorov. Karl Weber was mortally wounded by Hans Braun.",
			[]string{"person/ali-hassan killed person/omar-farouk @killed-passive", "person/marco-diaz killed person/lena-ortiz @killed-passive",
				"person/ivan-petrov killed person/oleg-sidorov @killed-verb", "person/hans-braun killed person/karl-weber"}, nil},
		{"killed", "Lennon was murdered outside his Upper West Side home on Dec. 8, 1980, by Mark David Chapman. Lincoln, the 16th president, was assassinated by John Wilkes Booth in the presidential box. A jury found Jack Ruby guilty of murdering Lee Harvey Oswald, the accused assassin of President Kennedy. Oswald allegedly killed Kennedy.",
			[]string{"person/mark-david-chapman killed person/lennon @killed-passive", "person/john-wilkes-booth killed person/lincoln @killed-passive",
				"person/jack-ruby killed person/lee-harvey-oswald", "person/lee-harvey-oswald killed person/kennedy"}, nil}, // circumstances and a date before "by"; an apposition; another's accused killer; a hedge lowers, not drops
		{"killed", "Lennon was shot outside his home on Dec. 8, 1980, by all accounts a quiet street. Tom Green was photographed at his home in 1990, by a neighbour, Ann Lee. Sam Grey, accused of killing Ken Blue, was found dead by police.",
			nil, []string{"person/ann-lee killed person/tom-green", "person/ken-blue killed person/sam-grey", "person/sam-grey killed person/ken-blue"}},
		{"killed", "King was assassinated in Memphis, Tennessee, on April 4, 1968, by James Earl Ray. Paul Hart was sentenced to life in prison for the murder of Ann Lee. Tom Brown, the judge who sentenced John Doe to life in prison for the murder of Jane Smith, retired.",
			[]string{"person/james-earl-ray killed person/king", "person/paul-hart killed person/ann-lee", "person/john-doe killed person/jane-smith"},
			[]string{"person/tom-brown killed person/jane-smith"}}, // a place and a date before "by"; the one sentenced, not the judge
		{"killed", "John Smith was shot dead on a park bench on Dec. 8, 1980, by the Washington Monument. Tom Brown faces up to 20 years in prison for the murder of Jane Smith. Tom Green is in jail for the attempted murder of Ann Lee. Paul White spent 20 years in prison for the murder of Mary Black before DNA evidence freed him. Sam Grey allegedly killed Joe Black, but was acquitted by a jury.",
			nil, []string{"org/washington-monument killed person/john-smith", "person/tom-brown killed person/jane-smith", "person/tom-green killed person/ann-lee",
				"person/paul-white killed person/mary-black", "person/sam-grey killed person/joe-black"}}, // a landmark; a charge; an attempt; a wrongful conviction; an acquittal
		{"titles", "Payments came from former Iraqi dictator Saddam Hussein's regime. U.S. President Joe Biden's administration imposed sanctions on Nicaragua.",
			[]string{"person/saddam-hussein leader-of country/iraq @title-apposition", "person/joe-biden leader-of country/united-states @title-apposition",
				"country/united-states sanctions country/nicaragua"}, []string{"person/joe-biden sanctions country/nicaragua"}}, // the government stands for the state, the title still tells its head
		{"titles", "Moldova held talks with the European Union on Monday. Moldova wants to join the bloc by 2030. Foreign Minister Mihai Popsoi said his country would not yield.",
			[]string{"person/mihai-popsoi works-for country/moldova @story-country"}, nil}, // a "his country" no pattern resolves names no other country
		{"attacked", "Although Sirhan Sirhan shot Robert Kennedy in full view of the crowd, doubts remain. On March 30, 1981, Ronald Reagan was shot by John Hinckley outside a Washington hotel.",
			[]string{"person/sirhan-sirhan attacked person/robert-kennedy @attacked-verb", "person/john-hinckley attacked person/ronald-reagan @attacked-passive"},
			[]string{"person/sirhan-sirhan killed person/robert-kennedy", "person/john-hinckley killed person/ronald-reagan"}}, // one can be shot and live
		{"attacked", "Dick Cheney shot Harry Whittington by accident during a quail hunt. Lee Oswald shot John Kennedy dead. Tom Brown did not stab Bill Gray. The film was shot in Morocco by Ridley Scott.",
			[]string{"person/lee-oswald killed person/john-kennedy"},
			[]string{"person/dick-cheney attacked person/harry-whittington", "person/lee-oswald attacked person/john-kennedy", "person/tom-brown attacked person/bill-gray", "person/ridley-scott attacked country/morocco"}}, // an accident; a killing; denied; a film
		{"attacked", "Police said John Smith shot Tom Jones and beat his brother. Jack Ruby shot Lee Oswald, the assassin of John Kennedy. John Booth shot Abraham Lincoln, who died the next morning.",
			[]string{"person/john-smith attacked person/tom-jones", "person/jack-ruby attacked person/lee-oswald", "person/john-booth killed person/abraham-lincoln"},
			[]string{"person/john-smith killed person/tom-jones", "person/jack-ruby killed person/lee-oswald", "person/john-booth attacked person/abraham-lincoln"}}, // a death is told in the shot's clause or a relative clause on its object
		{"killed", "Jane Doe was murdered outside her Goldman Sachs office on May 3, 1999, by John Roe. Ann Lee was murdered by the Goldman Sachs office.",
			[]string{"person/john-roe killed person/jane-doe @killed-passive"}, []string{"org/goldman-sachs killed person/jane-doe", "org/goldman-sachs killed person/ann-lee"}}, // a name that modifies a noun is where
		{"killed", "Tom Brown was convicted of murdering Jane Smith, and Bill Gray, the accused killer of Tom Brown's wife, was acquitted.",
			[]string{"person/tom-brown killed person/jane-smith"}, []string{"person/bill-gray killed person/jane-smith"}},
		{"works for", "Apple Inc. sued Samsung on Monday. A spokesman for the company, Kim Lee, said Samsung would fight. The International Criminal Court issued a warrant. A Moscow court responded. Judge Ivan Petrov of the court spoke.",
			nil, []string{"person/kim-lee member-of org/apple", "person/kim-lee works-for org/apple", "person/ivan-petrov member-of org/international-criminal-court", "person/ivan-petrov works-for org/international-criminal-court"}}, // "the company", "the court": another body may be meant
		{"met-with", "Xi Jinping, who has never met Joe Biden, Barack Obama or Donald Trump in person, visited Moscow.",
			nil, []string{"person/barack-obama met-with person/xi-jinping", "person/donald-trump met-with person/xi-jinping", "person/joe-biden met-with person/xi-jinping"}}, // the clause's negation covers its whole list
		{"lives in", "In 1880, author Helen Keller, who lived most of her life without sight or hearing, was born in Tuscumbia, Ala. Tim Cook, who runs Apple, lives in Palo Alto.",
			[]string{"person/helen-keller lives-in location/tuscumbia-ala", "person/tim-cook lives-in location/palo-alto"}, nil}, // a relative clause's negation is its own; its home verb without a place says nothing
		{"met-with", "Vladimir Putin, who never met Joe Biden in person, met Xi Jinping in Beijing. Olaf Scholz, who met Xi Jinping, did not meet Joe Biden.",
			[]string{"person/vladimir-putin met-with person/xi-jinping", "person/olaf-scholz met-with person/xi-jinping"},
			[]string{"person/joe-biden met-with person/vladimir-putin", "person/joe-biden met-with person/olaf-scholz"}},
		{"lives in", "Kouchner said it was largely due to Beijing's influence that U.N. envoy Ibrahim Gambari was able to travel to Burma.",
			nil, []string{"person/ibrahim-gambari lives-in location/beijing"}}, // the government's influence, no home
		{"killed", "Mexican presidential candidate Luis Donaldo Colosio was assassinated at a campaign rally in Tijuana in March 1994 by Mario Aburto. Algerian President Mohamed Boudiaf was assassinated in June 1992 while giving a speech in Annaba by Lambarek Boumaarafi.",
			[]string{"person/mario-aburto killed person/luis-donaldo-colosio", "person/lambarek-boumaarafi killed person/mohamed-boudiaf"}, nil}, // where and when, then the killer
		{"killed", "Smith was killed in the attack, which was condemned by John Brown. Ali Khan was shot dead outside his home in 1993 after a speech attended by Omar Farouk.",
			nil, []string{"person/john-brown killed person/smith", "person/omar-farouk killed person/ali-khan"}},
		{"killed", "Marielle Franco was shot dead in Rio de Janeiro in March 2018, and former police officer Ronnie Lessa, who confessed to the killing, was sentenced in 2024. Anna Politkovskaya was shot dead in 2006; Rustam Makhmudov was convicted of the murder in 2014.",
			[]string{"person/ronnie-lessa killed person/marielle-franco @killing-referred", "person/rustam-makhmudov killed person/anna-politkovskaya @killing-referred"}, nil},
		{"killed", "Activist Ahmed Hassan was killed in Cairo hours after a speech by Mohamed Morsi. Boris Nemtsov was shot dead on a bridge by the Kremlin in 2015. Meredith Kercher was murdered in 2007, and Amanda Knox, who was convicted of the murder, was later acquitted.",
			nil, []string{"person/mohamed-morsi killed person/ahmed-hassan", "country/russia killed person/boris-nemtsov", "person/amanda-knox killed person/meredith-kercher"}},
		{"killed", "Mr. Najibullah was executed later by the Taleban in 1996. Oil prices rose as investors waited for results from a meeting between President George Bush and Saudi Crown Prince Abdullah in Texas.",
			[]string{"org/taliban killed person/najibullah", "person/abdullah-saudi-arabia met-with person/george-bush"}, nil},
		{"killed", "Slovak journalist Jan Kuciak and his fiancee were shot dead in 2018; former soldier Miroslav Marcek was convicted of the killings, while businessman Marian Kocner, accused of ordering them, was acquitted twice.",
			nil, []string{"person/miroslav-marcek killed person/marian-kocner"}}, // the accused is no victim
		{"opposes", "Riots erupted over French electoral reforms opposed by the pro-independence FLNKS, and Paris accused Azerbaijan of stoking the unrest. The Shanghai Cooperation Organisation was founded in 2001 by China, Russia and Uzbekistan, and India, Pakistan and Belarus have since joined it.",
			[]string{"country/france opposes country/azerbaijan", "country/russia founded org/sco"},
			[]string{"org/flnks opposes country/azerbaijan", "country/india founded org/sco", "country/belarus founded org/sco"}}, // ", and" opens a clause
		{"killed", "Jan Kuciak was shot dead in 2018, and businessman Marian Kocner, accused of ordering the killing, was acquitted. Pavel Sheremet was killed in 2016; Andriy Antonenko was charged with the murder.",
			nil, []string{"person/marian-kocner killed person/jan-kuciak", "person/andriy-antonenko killed person/pavel-sheremet"}}, // accusations name no killer
		{"killed", "Jack Ruby fired his revolver at Lee Harvey Oswald in Dallas. Lee Harvey Oswald opened fire from a window into John Kennedy's motorcade.",
			nil, []string{"person/jack-ruby killed person/lee-harvey-oswald", "person/lee-harvey-oswald killed person/john-kennedy"}}, // firing at someone tells no death
		{"killed", "Omar Farouk was stabbed by Ali Hassan. Karl Weber was wounded by Hans Braun. Police said Ivan Petrov had not fatally stabbed Oleg Sidorov.",
			nil, []string{"person/ali-hassan killed person/omar-farouk", "person/hans-braun killed person/karl-weber", "person/ivan-petrov killed person/oleg-sidorov"}}, // wounded, not killed; negation
		{"works for", "Fiona Hill, a senior fellow at the Brookings Institution, testified. He earned a doctorate at New York University.",
			[]string{"person/fiona-hill member-of org/brookings-institution / senior fellow", "org/new-york-university based-in location/new-york-city @place-in-name"}, nil},
		{"titles", "Mayor Sadiq Khan of London criticised the plan. Afghanistan's Taliban leader, Hibatullah Akhundzada, issued a decree. Claudia Sheinbaum took office as Mexico's first female president.",
			[]string{"person/sadiq-khan leader-of location/london / Mayor", "person/hibatullah-akhundzada leader-of org/taliban @title-then-name",
				"person/claudia-sheinbaum leader-of country/mexico @became-title"},
			[]string{"person/sadiq-khan leader-of country/united-kingdom", "person/hibatullah-akhundzada leader-of country/afghanistan"}},
		{"titles", "Claudia Sheinbaum has not yet taken office as president. Marcelo Ebrard said he had never assumed office as Mexico's president.",
			nil, []string{"person/claudia-sheinbaum leader-of country/mexico", "person/marcelo-ebrard leader-of country/mexico"}},
		{"alliances", "The United States and Japan are bound by a mutual defence treaty. Iran and Syria have a strategic alliance. Russia has a mutual defence treaty with Belarus. The Houthis, who are allied with Iran, attacked a ship. Armenia accused its ally Russia of failing to protect it. Washington's allies, including Britain and Australia, backed the plan.",
			[]string{"country/japan allied-with country/united-states @pact", "country/iran allied-with country/syria @pact", "country/belarus allied-with country/russia @pact",
				"country/iran allied-with org/houthis", "country/armenia allied-with country/russia @possessive-ally",
				"country/united-kingdom allied-with country/united-states", "country/australia allied-with country/united-states"}, nil},
		{"alliances", "Egypt and Sudan do not have an alliance. Peru and Chile are bound by a trade treaty. France and Germany are not bound by any defence treaty. Kenya has a trade agreement with Uganda.",
			nil, []string{"country/egypt allied-with country/sudan", "country/chile allied-with country/peru", "country/france allied-with country/germany", "country/kenya allied-with country/uganda"}},
		{"attacked", "Hezbollah, a key ally of Iran, said it fired dozens of rockets at Israel.",
			[]string{"org/hezbollah attacked country/israel"}, []string{"country/iran attacked country/israel"}},
		{"titles", "The European Union imposed sanctions on Iran's morality police and its chief, Mohammad Rostami. The EU also sanctioned Hamas and its leader, Ismail Haniyeh.",
			[]string{"person/ismail-haniyeh leader-of org/hamas @possessive-title"}, []string{"person/mohammad-rostami leader-of org/european-union", "person/ismail-haniyeh leader-of org/european-union"}},
		{"alliances", "Analysts say a formal alliance between Russia and North Korea would alarm Seoul.",
			nil, []string{"country/north-korea allied-with country/russia"}},
		{"employment", "Qatar's emir received Hamas political bureau chief Ismail Haniyeh in Doha on Tuesday, the official Qatar News Agency reported.",
			[]string{"person/ismail-haniyeh leader-of org/hamas"}, []string{"person/ismail-haniyeh member-of org/qatar-news-agency", "person/ismail-haniyeh works-for org/qatar-news-agency"}},
		{"attacked", "Israeli strikes on Gaza killed 40 people. Houthi rebels fired a ballistic missile at the Saudi city of Jizan. Russian forces shelled the city of Kharkiv. Pakistan carried out airstrikes in Afghanistan's Paktika province.",
			[]string{"country/israel attacked location/gaza-strip @attacked-noun", "org/houthis attacked location/jizan", "country/russia attacked location/kharkiv",
				"country/pakistan attacked location/paktika"}, []string{"country/pakistan attacked country/afghanistan"}},
		{"attacked", "India and Pakistan exchanged artillery fire on Sunday.",
			[]string{"country/india attacked country/pakistan @exchanged-fire", "country/pakistan attacked country/india @exchanged-fire"}, nil},
		{"attacked", "Hezbollah has been trading fire with Israeli forces since October. Pakistani troops exchanged fire with Indian forces along the border.",
			[]string{"org/hezbollah attacked country/israel @exchanged-fire", "country/israel attacked org/hezbollah @exchanged-fire",
				"country/pakistan attacked country/india", "country/india attacked country/pakistan"}, nil},
		{"attacked", "The 2008 Mumbai attacks were carried out by Lashkar-e-Taiba. The strikes on Kharkiv were carried out by Russian forces.",
			[]string{"org/lashkar-e-taiba attacked location/mumbai @attacked-passive", "country/russia attacked location/kharkiv @attacked-passive"}, nil},
		{"attacked", "The Mumbai attacks were not carried out by Pakistan. French strikes on Thursday shut schools. Hezbollah said it was not trading fire with Israel.",
			nil, []string{"country/pakistan attacked location/mumbai", "org/hezbollah attacked country/israel", "country/israel attacked org/hezbollah"}},
		{"supports", "The United States firmly backed Israel's right to defend itself. China supported Ukraine's territorial integrity. President William Ruto is backing Raila Odinga's bid. Rwanda backs the M23 rebels. Iran, the main patron of Yemen's Houthi movement, denied it.",
			[]string{"country/united-states supports country/israel", "country/china supports country/ukraine", "person/william-ruto supports person/raila-odinga",
				"country/rwanda supports org/m23", "country/iran supports org/houthis @supports-doer"}, nil},
		{"supports", "Hezbollah, Iran's most powerful proxy, fired rockets. The Houthis are an Iranian proxy. Syria's proxies, including Hamas and Islamic Jihad, refused.",
			[]string{"country/iran supports org/hezbollah @proxy", "country/iran supports org/houthis @proxy", "country/syria supports org/hamas @proxy",
				"country/syria supports org/palestinian-islamic-jihad @proxy"}, nil},
		{"supports", "Hamas is not a proxy of Iran, its leaders say. The war in Yemen is a proxy war between Iran and Saudi Arabia.",
			nil, []string{"country/iran supports org/hamas", "country/iran supports country/saudi-arabia", "country/saudi-arabia supports country/iran"}},
		{"alliances", "China and Pakistan, longtime allies, signed a trade deal. Washington and Manila reaffirmed their 1951 mutual defence treaty. Greece and France signed a strategic defence partnership. The mutual defence treaty between Russia and North Korea took effect in December.",
			[]string{"country/china allied-with country/pakistan @allies-named", "country/philippines allied-with country/united-states @pact",
				"country/france allied-with country/greece @pact", "country/north-korea allied-with country/russia @pact"}, nil},
		{"alliances", "China and India, once allies, fought a war in 1962. Kenya and Uganda signed an economic partnership. A defence treaty between Japan and India was discussed.",
			nil, []string{"country/china allied-with country/india", "country/kenya allied-with country/uganda", "country/india allied-with country/japan"}},
		{"titles", "M23 rebel leader Sultani Makenga spoke. Ahmed al-Sharaa, the leader of the Islamist group Hayat Tahrir al-Sham, entered Damascus. Aija Kalnaja, acting head of the European Union's border agency Frontex, resigned.",
			[]string{"person/sultani-makenga leader-of org/m23 / rebel leader", "person/ahmed-al-sharaa leader-of org/hayat-tahrir-al-sham @apposition",
				"person/aija-kalnaja leader-of org/frontex / acting head"}, nil},
		{"titles", "Libyan rebel leader Mustafa Abdel Jalil spoke. Darfur rebel leader Abdel Wahid al-Nur spoke.",
			nil, []string{"person/mustafa-abdel-jalil leader-of country/libya", "person/abdel-wahid-al-nur leader-of location/darfur"}},
		{"titles", "Recep Tayyip Erdogan, who heads the ruling Justice and Development Party, won. Joseph Kabila, who has led the Democratic Republic of Congo since 2001, met Kagame.",
			[]string{"person/recep-tayyip-erdogan leader-of org/akp @heads-verb", "person/joseph-kabila works-for country/democratic-republic-of-the-congo @heads-verb",
				"person/joseph-kabila citizen-of country/democratic-republic-of-the-congo @heads-verb"}, nil},
		{"titles", "Gergely Gulyas, chief of staff to Hungarian Prime Minister Viktor Orban, said no. Andriy Yermak, head of Ukraine's presidential office, met U.S. officials.",
			[]string{"person/gergely-gulyas works-for country/hungary / chief of staff", "person/andriy-yermak works-for country/ukraine / head"},
			[]string{"person/andriy-yermak leader-of country/ukraine", "person/gergely-gulyas leader-of country/hungary"}},
		{"opposes", "Sudanese army chief Abdel Fattah al-Burhan vowed to fight the Rapid Support Forces. Myanmar's junta declared the National Unity Government a terrorist organisation. Hamas was designated a terrorist group by the European Union in 2003.",
			[]string{"person/abdel-fattah-al-burhan opposes org/rapid-support-forces @vowed-to-fight", "country/myanmar opposes org/national-unity-government @terrorist-listing",
				"org/european-union opposes org/hamas @terrorist-listing"}, nil},
		{"opposes", "Russia has not declared Hezbollah a terrorist organisation. Britain may designate the IRGC a terrorist group. Turkey listed Hamas as a partner.",
			nil, []string{"country/russia opposes org/hezbollah", "country/united-kingdom opposes org/irgc", "country/turkey opposes org/hamas"}},
		{"meetings", "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, received Hamas political bureau chief Ismail Haniyeh in Doha on Sunday.",
			[]string{"person/ismail-haniyeh met-with person/tamim-bin-hamad-al-thani @meet-verb"}, nil},
		{"attacked", "Hassan Nasrallah was killed in an Israeli airstrike on Beirut's southern suburbs. Mohammed Deif was killed in an Israeli strike in Khan Younis.",
			[]string{"country/israel attacked location/beirut @attacked-noun", "country/israel attacked location/khan-younis @attacked-noun"},
			[]string{"country/israel attacked country/lebanon"}},
		{"attacked", "French strikes in Paris disrupted trains.", nil, []string{"country/france attacked location/paris"}},
		{"aids", "Germany delivered the first Leopard 2 tanks to Ukraine in March 2023.", []string{"country/germany aids country/ukraine @sent-aid-to"}, nil},
		{"meetings", "Apple chief executive Tim Cook met Chinese Vice Premier He Lifeng in Beijing.",
			[]string{"person/he-lifeng met-with person/tim-cook", "person/tim-cook leader-of org/apple", "person/he-lifeng works-for country/china"}, nil},
		{"founded", "Former South African President Jacob Zuma launched the uMkhonto weSizwe party in December 2023. Imran Khan set up the Al-Qadir Trust in 2018.",
			[]string{"person/jacob-zuma founded org/mk-party @founded-verb", "person/imran-khan founded org/al-qadir-trust @founded-verb"}, nil},
		{"titles", "Former Peruvian president Pedro Castillo was arrested, and his vice president, Dina Boluarte, was sworn in as the country's first female leader.",
			[]string{"person/dina-boluarte leader-of country/peru @became-title"}, nil},
		{"titles", "Shinzo Abe, acting secretary general of Japan's ruling Liberal Democratic Party, said no. General Secretary Xi Jinping of the Chinese Communist Party spoke.",
			[]string{"person/shinzo-abe member-of org/liberal-democratic-party-japan", "person/xi-jinping leader-of org/communist-party-of-china"},
			[]string{"person/shinzo-abe leader-of org/liberal-democratic-party-japan"}},
		{"negotiates-with", "Kim Jong Un and Donald Trump held a second summit in Hanoi. Negotiators from Russia and Ukraine met in Istanbul. The United States and China concluded two days of trade talks in London. Indian and Chinese commanders held a 21st round of talks.",
			[]string{"person/donald-trump negotiates-with person/kim-jong-un @held-talks", "country/russia negotiates-with country/ukraine @delegations-met",
				"country/china negotiates-with country/united-states @held-talks", "country/china negotiates-with country/india @held-talks"}, nil},
		{"negotiates-with", "William Burns held talks in Cairo with Egyptian, Qatari and Israeli officials. Ukraine and Russia agreed to a prisoner swap. EU and Mercosur negotiators reached a trade deal.",
			[]string{"country/egypt negotiates-with person/william-burns", "country/qatar negotiates-with person/william-burns", "country/israel negotiates-with person/william-burns",
				"country/russia negotiates-with country/ukraine @agreed-truce", "org/european-union negotiates-with org/mercosur"}, nil},
		{"negotiates-with", "Egyptian and Israeli officials met with Hamas leaders. Russian and Ukrainian negotiators did not meet in Istanbul. Kenya and Uganda did not reach a trade deal.",
			nil, []string{"country/egypt negotiates-with country/israel", "country/russia negotiates-with country/ukraine", "country/kenya negotiates-with country/uganda"}},
		{"negotiates-with", "Senior Bosnian and U.N. diplomats met in Washington to mark the anniversary. Diplomats from Iran, Jordan, Kuwait and Syria met in Istanbul.",
			nil, []string{"country/bosnia-and-herzegovina negotiates-with org/united-nations", "country/iran negotiates-with country/jordan"}},
		{"seeks-membership", "Bosnia was granted EU candidate status in December 2022. Ukraine's EU candidate status was confirmed.",
			[]string{"country/bosnia-and-herzegovina seeks-membership org/european-union @applied-for-membership", "country/ukraine seeks-membership org/european-union"}, nil},
		{"seeks-membership", "Georgia was denied EU candidate status. Turkey has not received EU candidate status.",
			nil, []string{"country/georgia seeks-membership org/european-union", "country/turkey seeks-membership org/european-union"}},
		{"sanctions", "Washington blacklisted Chinese telecom giant Huawei in 2019. The United States slapped sanctions on Russian oligarch Oleg Deripaska. Canada has sanctioned 20 Russian individuals, including Alexei Miller. Japan joined Western sanctions against Russia. The EU added Wagner Group commanders to its sanctions list.",
			[]string{"country/united-states sanctions org/huawei @sanctions-verb", "country/united-states sanctions person/oleg-deripaska", "country/canada sanctions person/alexei-miller",
				"country/japan sanctions country/russia", "org/european-union sanctions org/wagner-group @blacklisted"},
			[]string{"country/united-states sanctions country/russia", "country/canada sanctions country/russia"}},
		{"sanctions", "The U.S. has not added Hamas to its sanctions list. The EU added Croatia to its list of members.",
			nil, []string{"country/united-states sanctions org/hamas", "org/european-union sanctions country/croatia"}},
		{"supports", "Iran backs several armed groups, including Hezbollah and the Houthis.",
			[]string{"country/iran supports org/hezbollah", "country/iran supports org/houthis"}, nil},
		{"killed", "Mohammed Deif, the commander of Hamas's armed wing, the Qassam Brigades, was killed in an Israeli strike in Khan Younis, the Israeli military said.",
			[]string{"country/israel killed person/mohammed-deif @killed-passive", "person/mohammed-deif leader-of org/qassam-brigades @apposition"}, nil},
		{"titles", "Ali Reza, a commander of Hamas's armed wing, the Qassam Brigades, was killed.",
			nil, []string{"person/ali-reza leader-of org/qassam-brigades", "person/ali-reza leader-of org/hamas"}},
		// A review's sentences against this stop's rules (each gave a wrong edge before it was narrowed).
		{"attacked", "The probe into the Mumbai attacks was carried out by the FBI. Repairs after the attack on Odesa were carried out by Turkey.",
			nil, []string{"org/fbi attacked location/mumbai", "country/turkey attacked location/odesa"}},
		{"attacked", "North Korea is trading artillery with Russia in exchange for oil and food. German strikes on Lufthansa grounded flights. Palestinian strikes in Jerusalem closed shops.",
			nil, []string{"country/north-korea attacked country/russia", "country/russia attacked country/north-korea", "country/germany attacked org/lufthansa",
				"country/palestine attacked location/jerusalem"}},
		{"alliances", "The United States and Mexico have a mutual legal assistance treaty. Negotiations over a mutual defence treaty between the United States and Saudi Arabia stalled. The United States and Taiwan had a mutual defence treaty until 1979. Iran and Israel, allies for decades before the 1979 revolution, are now enemies.",
			nil, []string{"country/mexico allied-with country/united-states", "country/saudi-arabia allied-with country/united-states",
				"country/taiwan allied-with country/united-states", "country/iran allied-with country/israel"}},
		{"supports", "Israel says the Houthis act as Iran's proxy, the Islamic State group said on Friday.",
			nil, []string{"country/iran supports org/islamic-state"}},
		{"opposes", "Hamas is designated a terrorist group, a move condemned by Iran. Hezbollah vowed to fight Iran's enemies.",
			nil, []string{"country/iran opposes org/hamas", "org/hezbollah opposes country/iran"}},
		{"titles", "Hezbollah fired rockets at Israel and its leader, Hassan Nasrallah, vowed more attacks. Amos Hochstein, envoy to Lebanon, met Berri. Sviatlana Tsikhanouskaya, leader of Belarus's exiled government, spoke. Fatah student leader Ahmed Saadat was arrested.",
			nil, []string{"person/hassan-nasrallah leader-of country/israel", "person/amos-hochstein works-for country/lebanon", "person/sviatlana-tsikhanouskaya works-for country/belarus",
				"person/ahmed-saadat leader-of org/fatah"}},
		{"titles", "Paul Bremer, who governed Iraq after the 2003 invasion, spoke.", nil, []string{"person/paul-bremer citizen-of country/iraq"}},
		{"titles", "Burkina Faso's military government said it had foiled a plot to assassinate its leader, Captain Ibrahim Traore.",
			[]string{"person/ibrahim-traore leader-of country/burkina-faso @possessive-title"}, nil},
		{"titles", "Cyril Ramaphosa said the African National Congress would seek a unity government, a day after the party he leads lost its majority.",
			[]string{"person/cyril-ramaphosa leader-of org/anc @heads-verb"}, nil},
		{"titles", "Cyril Ramaphosa said COSATU would back the African National Congress, the party he leads.",
			[]string{"person/cyril-ramaphosa leader-of org/anc"}, []string{"person/cyril-ramaphosa leader-of org/cosatu"}},
		{"membership", "JNIM, al-Qaeda's affiliate in the Sahel, attacked a base. Al-Shabaab, al-Qaeda's East African branch, claimed it. The Islamic State's Afghan affiliate, ISIS-K, claimed the attack. Qatar quit OPEC in January 2019.",
			[]string{"org/jnim member-of org/al-qaeda @affiliate", "org/al-shabaab member-of org/al-qaeda @affiliate", "org/isis-k member-of org/islamic-state @affiliate",
				"country/qatar member-of org/opec / former member"}, nil},
		{"titles", "Recep Tayyip Erdogan won, extending his rule of Turkey into a third decade. Vladimir Putin said his rule was popular.",
			[]string{"person/recep-tayyip-erdogan leader-of country/turkey @rule-of"}, nil},
		{"alliances", "Nicaraguan President Daniel Ortega, a longtime ally of Cuba and Venezuela, was sworn in. Former Nicaraguan President Daniel Ortega, an ally of Cuba, spoke.",
			[]string{"country/cuba allied-with country/nicaragua @ally-of", "country/nicaragua allied-with country/venezuela @ally-of"}, nil},
		{"seeks-membership", "Turkey blocked Sweden's NATO membership for more than a year. Hungary blocked Ukraine's EU membership talks.",
			[]string{"country/sweden seeks-membership org/nato", "country/ukraine seeks-membership org/european-union"},
			[]string{"country/sweden member-of org/nato", "country/ukraine member-of org/european-union"}},
		{"opposes", "Niger's junta, which opposes the presence of French troops in the Sahel, expelled the ambassador. Iraq opposed the presence of U.S. forces.",
			[]string{"country/niger opposes country/france", "country/iraq opposes country/united-states"}, nil},
		{"opposes", "Iraq welcomed the presence of U.S. forces. Kenya does not oppose the presence of British troops.",
			nil, []string{"country/iraq opposes country/united-states", "country/kenya opposes country/united-kingdom"}},
		// A second review's sentences against the last rules (each gave a wrong edge before it was narrowed).
		{"titles", "Belarus's government has pressured the opposition to disown its leader, Sviatlana Tsikhanouskaya. Myanmar's military government said it had dissolved the main opposition party, arresting its leader, Aung San Suu Kyi.",
			nil, []string{"person/sviatlana-tsikhanouskaya leader-of country/belarus", "person/aung-san-suu-kyi leader-of country/myanmar"}},
		{"titles", "Netanyahu told Benny Gantz that the Likud party would stay in the coalition, and the party he leads would not quit. Boris Johnson said the Conservatives had lost their way since the party he led won in 2019.",
			[]string{"person/netanyahu leader-of org/likud", "person/boris-johnson leader-of org/conservative-party-uk / former leader"}, []string{"person/benny-gantz leader-of org/likud"}},
		{"membership", "The attack was claimed by an al-Qaeda affiliate, Reuters reported. Hayat Tahrir al-Sham, al-Qaeda's former Syrian affiliate, led the offensive. Nayara Energy, Rosneft's Indian affiliate, raised prices.",
			nil, []string{"org/reuters member-of org/al-qaeda", "org/hayat-tahrir-al-sham member-of org/al-qaeda", "org/nayara-energy member-of org/rosneft"}},
		{"titles", "Opposition leader Ozgur Ozel, who has vowed to end his rule of Turkey, criticised Erdogan. Rebels celebrated the end of Assad's rule over Syria.",
			[]string{"person/assad leader-of country/syria / former leader"}, []string{"person/ozgur-ozel leader-of country/turkey"}},
		{"alliances", "Egyptian President Abdel Fattah al-Sisi, a close ally of the United States and Israel's neighbour, hosted talks.",
			[]string{"country/egypt allied-with country/united-states"}, []string{"country/egypt allied-with country/israel"}},
		{"seeks-membership", "Russia has objected to Finland's NATO membership since the country joined the alliance. Turkey did not block Sweden's NATO membership, Erdogan said.",
			nil, []string{"country/finland seeks-membership org/nato", "country/sweden seeks-membership org/nato"}},
		{"membership", "A senior aide to Rishi Sunak quit the Conservative Party over the scandal. A top diplomat from Russia quit the OSCE in protest.",
			nil, []string{"person/rishi-sunak member-of org/conservative-party-uk", "country/russia member-of org/osce"}},
		{"negotiates-with", "Mercosur, the South American trade bloc that groups Brazil, Argentina, Uruguay and Paraguay, signed a free trade agreement with the European Free Trade Association in 2025.",
			nil, []string{"country/argentina negotiates-with org/efta"}},
		{"attacked", "The Houthi movement, backed by Iran, seized the Yemeni capital Sanaa in September 2014. Russian troops shelled the Ukrainian city Kharkiv.",
			[]string{"org/houthis attacked location/sanaa", "country/russia attacked location/kharkiv"}, nil},
		{"killed", "John Smith was killed by Mark Jones in Dallas.",
			[]string{"person/mark-jones killed person/john-smith"}, []string{"person/john-smith killed person/mark-jones"}},
		{"killed", "Police said Mark Jones did not kill John Smith.",
			nil, []string{"person/mark-jones killed person/john-smith"}},
		{"founded", "Bill Gates founded Microsoft in 1975.",
			[]string{"person/bill-gates founded org/microsoft"}, nil},
		{"founded", "Hamas founder Ahmed Yassin was killed in Gaza.",
			[]string{"person/ahmed-yassin founded org/hamas"}, nil},

		{"employment", "Ayman al-Zawahiri is second after Osama bin Laden on the F.B.I's list of most wanted terrorists.", // listed, not staff
			nil, []string{"person/osama-bin-laden works-for org/fbi", "person/osama-bin-laden member-of org/fbi", "person/osama-bin-laden citizen-of country/united-states"}},
		{"employment", "Franklin used to work as an Iran expert at the Pentagon. Smith worked as an analyst for the CIA.", // the job, then the employer
			[]string{"person/franklin works-for org/us-department-of-defense", "person/smith works-for org/cia"}, nil},
		{"employment", "Franklin wants to work for the Pentagon. Smith worked as a waiter in Paris for the summer. Jeffery served as special adviser for Iraq.", // wanted; no employer; a job's subject
			nil, []string{"person/franklin works-for org/us-department-of-defense", "person/smith works-for location/paris", "person/jeffery works-for country/iraq"}},
		{"employment", "Hydara was a correspondent for AFP. Smith, a columnist for The New York Times, wrote it.", // reporters' outlets
			[]string{"person/hydara member-of org/afp / correspondent", "person/smith member-of org/new-york-times / columnist"}, nil},
		{"employment", "Jones told a correspondent for AFP that he was fine.",
			nil, []string{"person/jones member-of org/afp"}},
		{"places", "Earlier Sunday, in Syria, Mr. Richard Armitage said Damascus has improved security along its border.", // where he spoke
			nil, []string{"person/richard-armitage lives-in country/syria"}},
		{"employment", "The vote was fair, Moonis Ahmar, a professor in Karachi, told DW.",
			nil, []string{"person/moonis-ahmar member-of org/deutsche-welle", "person/moonis-ahmar works-for org/deutsche-welle"}},
		{"titles", "National Front Vice President Florian Philippot said the allegations were false.",
			[]string{"person/florian-philippot leader-of org/national-rally / Vice President"}, nil},
		{"places", "Samkelo Mokhine is the chairman for Amnesty International in Johannesburg. London-based Amnesty International has called on Iran to free them.",
			[]string{"org/amnesty-international based-in location/london"}, []string{"org/amnesty-international based-in location/johannesburg"}},
		{"places", "The American Red Cross also has a registry of the missing.",
			nil, []string{"org/icrc based-in country/united-states"}}, // a national society, not the committee in Geneva
		{"employment", "In an open letter to Defense Secretary Donald Rumsfeld, Human Rights Watch says the cases highlight failures. In an opinion piece in Saturday's Washington Post newspaper, Rumsfeld wrote that the trajectory is hopeful.",
			nil, []string{"person/donald-rumsfeld member-of org/human-rights-watch", "person/donald-rumsfeld member-of org/washington-post"}},
		{"employment", "The complaint names top U.S. officials, including Defense Secretary Donald Rumsfeld, former CIA Director George Tenet and others.",
			[]string{"person/george-tenet member-of org/cia"}, []string{"person/donald-rumsfeld member-of org/cia", "person/donald-rumsfeld works-for org/cia"}},
		{"employment", "Loeb, in a Citroen, expanded his lead to 1.16 minutes over Subaru driver Petter Solberg of Norway.",
			nil, []string{"person/loeb member-of org/subaru"}}, // another's trade
		{"employment", "John Smith works at Deutsche Bank in London.",
			[]string{"person/john-smith works-for org/deutsche-bank"}, []string{"org/deutsche-bank based-in location/london"}},
		{"employment", "Maria Lopez, who worked for the Interior Ministry until 2019, spoke.",
			[]string{"person/maria-lopez works-for org/interior-ministry"}, nil},
		{"employment", "Louise Arbour said attacks continue, but she also deplored Hezbollah's shelling of towns in northern Israel.",
			nil, []string{"person/louise-arbour member-of org/hezbollah"}}, // hostility is no membership
		{"employment", "Kerry also criticized Republicans for blocking a Senate resolution.",
			nil, []string{"person/kerry member-of org/republican-party-us"}},
		{"employment", "The new speaker of the U.S. House of Representatives has met in Islamabad with Pakistani President Pervez Musharraf.",
			[]string{"person/pervez-musharraf leader-of country/pakistan"},
			[]string{"person/pervez-musharraf member-of org/us-house-of-representatives"}}, // one state's officer in another's body
		{"titles", "During the meeting, the Vietnamese leaders and Gates signed an agreement. German author and journalist Carolin Emcke won.",
			[]string{"person/carolin-emcke citizen-of country/germany"}, []string{"person/gates citizen-of country/vietnam"}},
		{"lives in", "President Hamid Karzai told Britain's Financial Times Saturday that he will ask for more aid.",
			nil, []string{"person/hamid-karzai lives-in country/united-kingdom"}},
		{"meetings", "Candidates Hillary Clinton and John McCain have received endorsements. Putin received Lukashenko in the Kremlin.",
			[]string{"person/lukashenko met-with person/putin"},
			[]string{"person/hillary-clinton met-with person/john-mccain", "person/lukashenko works-for country/russia"}},
		{"titles", "Hamas accused forces of helping Israel detain Uda. U.S. business tycoon Donald Trump intends to build.",
			[]string{"person/donald-trump citizen-of country/united-states @nationality"}, []string{"org/uda citizen-of country/israel"}},
		{"employment", "The Register endorsed Senator Clinton for the Democratic Party nomination and Senator McCain for the Republican Party.",
			nil, []string{"person/clinton member-of org/republican-party-us"}}, // the nearer person's
		{"lives in", "Egypt's culture minister says police have recovered the Vincent van Gogh painting stolen from a Cairo museum.",
			nil, []string{"person/vincent-van-gogh lives-in country/egypt"}}, // a name as a noun's modifier
		{"titles", "Frank Sainworla, radio director of the VOA affiliate, Radio Veritas, talked with reporters.",
			[]string{"person/frank-sainworla leader-of org/radio-veritas"}, []string{"person/frank-sainworla leader-of org/voice-of-america"}},
		{"employment", "Following talks with Mr. Abbas, Hamas leaders said the president would present Ismail Haniyeh with a letter.",
			nil, []string{"person/abbas member-of org/hamas", "person/abbas leader-of org/hamas"}}, // a clause of its own
		{"employment", "India's Prime Minister, Narendra Modi, expressed his condolences on Twitter. Egypt, Shlomo Brom says, has lost the trust of Hamas.",
			[]string{"person/narendra-modi leader-of country/india"},
			[]string{"person/narendra-modi member-of org/twitter", "person/shlomo-brom member-of org/hamas"}}, // a medium; what one says
		{"places", "Oxfam's regional director for West Africa, Natasha Quist, called on governments to act.",
			nil, []string{"org/oxfam based-in location/west-africa"}}, // a continent's part is no seat
		{"appositions", "Derwinski will be questioned, said Sen. Phil Gramm, R-Texas, chairman of the Senate Banking Committee.",
			[]string{"person/phil-gramm leader-of org/senate-banking-committee @apposition"}, nil},
		{"membership", "Fang Kaitai at the Institute of Applied Mathematics won recognition. Smith spoke at the United Nations.",
			[]string{"person/fang-kaitai member-of org/institute-of-applied-mathematics @person-at-org"},
			[]string{"person/smith member-of org/united-nations"}},
		{"places", "Flooding closed a portion of Highway 50 between Salida and Gunnison, Colorado. Paris and London, England, agreed.",
			[]string{"location/salida located-in location/colorado", "location/gunnison located-in location/colorado"},
			[]string{"location/paris located-in location/england"}},
		{"founded", "The group rejects the 1993 treaty with Israel that created the Palestinian Authority.",
			nil, []string{"country/israel founded org/palestinian-authority"}}, // the treaty did
		{"meetings", "His return depends upon negotiations between Mr. Preval, the United Nations and other parties.",
			[]string{"org/united-nations negotiates-with person/preval @talks-between"}, []string{"org/united-nations met-with person/preval"}},
		{"places", "In Madrid, Macedonia was a winner over Ecuador. Police in Fort Lauderdale, Florida have issued a warrant.",
			[]string{"location/fort-lauderdale located-in location/florida"}, []string{"location/madrid located-in country/north-macedonia"}},
		{"lives in", "A Pentagon spokesman, Geoff Morrell, said Israel wants to be able to counter missile attacks.",
			nil, []string{"person/geoff-morrell lives-in country/israel"}},
		{"employment", "John Smith never worked for Deutsche Bank.",
			nil, []string{"person/john-smith works-for org/deutsche-bank"}},

		// Places.
		// The tagger may keep a town with its state ("Chisholm, Minn.").
		{"lives in", "Composer Thomas Smith is a native of Chisholm, Minn.",
			[]string{"person/thomas-smith lives-in location/chisholm-minn"}, nil},
		{"lives in", "With South Carolina being Jesse Jackson's home state, turnout was high.",
			[]string{"person/jesse-jackson lives-in location/south-carolina @possessive-hometown"}, nil},
		{"lives in", "The society in Beaumont, Richardson's hometown, plans statues. Smith's hometown of Austin held a party.",
			[]string{"person/richardson lives-in location/beaumont @possessive-hometown", "person/smith lives-in location/austin @possessive-hometown"}, nil},
		{"lives in", "Marie Magdefrau Ferraro, 50, of Bethany, Conn., was shot. Tom Smith of Dallas, Houston and Austin spoke.",
			[]string{"person/marie-magdefrau-ferraro lives-in location/bethany", "person/marie-magdefrau-ferraro lives-in location/connecticut"},
			[]string{"person/tom-smith lives-in location/houston"}}, // a town's state, not a list's next town
		{"lives in", "CBS newsman Harry Reasoner is returning to his Iowa hometown to get married.",
			[]string{"person/harry-reasoner lives-in location/iowa @native-place"}, nil},
		{"lives in", "Pedro Ruiz was arrested when soldiers blew down his door with a bazooka in a raid on his Ciudad Madero home.",
			[]string{"person/pedro-ruiz lives-in location/ciudad-madero @native-place"}, nil},
		{"lives in", "Tim Russert came to broadcast journalism in 1984 after working for Democratic politicians in his native New York state.",
			[]string{"person/tim-russert lives-in location/new-york-state @native-place"}, []string{"person/tim-russert lives-in location/new-york-city"}},
		{"lives in", "Mrs. Aiko Tsuruyama is from Yatsushiro in Kumamoto Prefecture in southern Japan.",
			[]string{"person/aiko-tsuruyama lives-in location/yatsushiro @comes-from", "person/aiko-tsuruyama lives-in location/kumamoto-prefecture @via-place",
				"person/aiko-tsuruyama lives-in country/japan @via-place", "location/kumamoto-prefecture located-in country/japan @place-in-place"}, nil},
		{"lives in", "Ann Ortiz said her Bogota office was closed. Tom Reyes is not from Lima in Peru.",
			nil, []string{"person/ann-ortiz lives-in location/bogota", "person/tom-reyes lives-in country/peru"}}, // a workplace; denied
		{"titles", "Far back in the polls was striking Eastern Airlines pilot John Paul Rosser. Microsoft engineer John Smith said the bug was fixed. A French engineer, Bernard Planche, was freed.",
			[]string{"person/john-paul-rosser member-of org/eastern-airlines @title-apposition", "person/john-smith member-of org/microsoft @title-apposition", "person/bernard-planche citizen-of country/france"}, nil}, // a trade before the name, a body's or a nation's
		{"titles", "Petrobras's chief geologist, engineer Maria Costa, said the well was dry.",
			[]string{"person/maria-costa member-of org/petrobras @possessive-title"}, nil}, // a trade between the comma and the name
		{"titles", "Many are encouraged by the election of Louisiana's reform-minded governor, Buddy Roemer.",
			[]string{"person/buddy-roemer leader-of location/louisiana @possessive-title"}, nil},
		{"titles", "Burma's pro-democracy leader, Aung San Suu Kyi, is resting. The Brotherhood's secretary-general, Mahmoud Ezzat, was arrested.",
			[]string{"person/mahmoud-ezzat leader-of org/brotherhood"}, []string{"person/aung-san-suu-kyi leader-of country/myanmar"}},
		{"lives in", "The hearing was set for James Earl Ray, serving 99 years for assassinating King in Memphis on April 4, 1968.",
			nil, []string{"person/king lives-in location/memphis"}}, // where it happened
		{"lives in", "Police say militants shot Mohammad Yousuf Thursday near his home in the village of Hajan, north of Srinagar.",
			[]string{"person/mohammad-yousuf lives-in location/hajan @home-in-place"}, nil},
		{"lives in", "But, as VOA's Greg Flakus reports from Austin, some residents are worried.",
			nil, []string{"person/greg-flakus lives-in location/austin"}}, // where the story is
		{"places", "A soldier died north of Baghdad in Salahaddin province. Temperatures ranged from 2 degrees at Jackson, Wyo., to 89.",
			[]string{"location/jackson located-in location/wyoming"}, []string{"location/baghdad located-in location/salahaddin"}},
		{"meetings", "Diplomats from the United States, Japan and South Korea will meet in Seoul later this week.",
			nil, []string{"country/south-korea met-with country/united-states", "country/japan met-with country/united-states"}},
		{"lives in", "Speaking in Nigeria, Mr. Kofi Annan described the election. At ceremonies in Oslo, Mohamed ElBaradei spoke.",
			nil, []string{"person/kofi-annan lives-in country/nigeria", "person/mohamed-elbaradei lives-in location/oslo"}}, // events
		{"lives in", "Mr. Putin will travel to Amman for a meeting Tuesday with Jordan's King Abdullah.",
			[]string{"person/abdullah-jordan leader-of country/jordan"}, nil},
		{"places", "Bulgaria has criticized Libya's Supreme Court for postponing a ruling on the appeal of five Bulgarian nurses.",
			[]string{"org/libya-supreme-court based-in country/libya"}, []string{"org/libya-supreme-court based-in country/bulgaria"}},
		{"lives in", "Composer Thomas Smith is not a native of Chicago.",
			nil, []string{"person/thomas-smith lives-in location/chicago"}},
		{"lives in", "We played for hours, said Atlanta businessman Neil Estes.",
			[]string{"person/neil-estes lives-in location/atlanta"}, nil},
		{"lives in", "Jesse Jackson easily won the caucuses Saturday in his native South Carolina.",
			[]string{"person/jesse-jackson lives-in location/south-carolina"}, nil},
		{"lives in", "Emily Dickinson was born in Amherst in 1830.",
			[]string{"person/emily-dickinson lives-in location/amherst"}, nil},
		{"lives in", "Derwinski, a Republican from Chicago who served in Congress, denied it.",
			[]string{"person/derwinski lives-in location/chicago"}, nil},
		{"lives in", "Illinois born Charlton Heston was a young actor.",
			[]string{"person/charlton-heston lives-in location/illinois"}, nil},
		{"lives in", "FBI agents arrived at Sohn's New Jersey home.",
			[]string{"person/sohn lives-in location/new-jersey"}, nil},
		{"lives in", "FBI agents arrived at Sohn\u2019s New Jersey home.", // a typographic apostrophe
			[]string{"person/sohn lives-in location/new-jersey"}, nil},
		{"lives in", "Salt Lake City gold medalist Isabelle Blanc of France is third, and Atlanta businessman Neil Estes is fourth.",
			[]string{"person/neil-estes lives-in location/atlanta @place-occupation-person"},
			[]string{"person/isabelle-blanc lives-in location/salt-lake-city"}}, // a medal is won where the games were
		{"lives in", "Following his visit to Haiti, Mr. Kofi Annan will travel to the Dominican Republic, where he is scheduled to meet officials.",
			nil, []string{"person/kofi-annan lives-in country/haiti"}}, // a visit just before the place
		{"lives in", "U.S. Ambassador Zalmay Khalilzad was also attending the Baghdad talks.",
			[]string{"person/zalmay-khalilzad works-for country/united-states"},
			[]string{"person/zalmay-khalilzad lives-in country/united-states"}}, // an envoy lives where posted
		{"lives in", "The United States sanctioned Iraj Masjedi, Iran's ambassador to Iraq.",
			[]string{"country/united-states sanctions person/iraj-masjedi", "person/iraj-masjedi works-for country/iran"},
			[]string{"person/iraj-masjedi lives-in country/iran"}}, // an envoy by apposition lives where posted too
		{"lives in", "Born in Lyon, Jean Dupont moved to Paris in 1990.",
			[]string{"person/jean-dupont lives-in location/lyon @born-in"}, nil},
		{"lives in", "Born in Lyon in 1950, he met Jean Dupont in Paris.", // the subject is "he"
			nil, []string{"person/jean-dupont lives-in location/lyon"}},
		{"lives in", "Harare mayor Elias Mudzuri was arrested.",
			[]string{"person/elias-mudzuri leader-of location/harare", "person/elias-mudzuri lives-in location/harare @title-apposition"}, nil},
		{"lives in", "Quebec Premier Robert Bourassa defended the law, and former Harare mayor Elias Mudzuri spoke.",
			[]string{"person/robert-bourassa lives-in location/quebec @title-apposition", "person/elias-mudzuri leader-of location/harare / former mayor"},
			[]string{"person/elias-mudzuri lives-in location/harare @title-apposition"}}, // a former mayor may live elsewhere
		{"appositions", "The story was the same, says James Hackett, an executive with Titan Systems.",
			[]string{"person/james-hackett member-of org/titan-systems / executive"}, nil},
		{"places", "New York-based Human Rights Watch says Kuwait should release them.",
			[]string{"org/human-rights-watch based-in location/new-york-city @x-based"}, []string{"org/human-rights-watch based-in location/york"}},
		{"places", "Iraq halted exports to South Korea's top refiner, SK Energy, in protest.", // the description in apposition before the name
			[]string{"org/sk-energy based-in country/south-korea"}, nil},
		{"places", "Six guards who worked for a U.S.-based mine clearing company (RONCO) were killed.", // the name in brackets after its kind
			[]string{"org/ronco based-in country/united-states @x-based"}, nil},
		{"places", "He praised a London-based newspaper (The Guardian) and left for Paris (France).",
			[]string{"org/the-guardian based-in location/london @x-based"}, []string{"location/paris based-in location/london"}},
		{"places", "The Paris-based Reporters Without Borders condemned the arrest.", // "Without" in a name negates nothing
			[]string{"org/reporters-without-borders based-in location/paris @x-based"}, nil},
		{"places", "Amnesty International, the London-based rights group, criticized the trial.",
			[]string{"org/amnesty-international based-in location/london @x-based"}, nil},
		{"places", "Wikipedia has its headquarters in St. Petersburg, Florida.", // not Russia's St. Petersburg
			[]string{"location/st-petersburg-florida located-in location/florida"},
			[]string{"location/saint-petersburg located-in location/florida"}},
		{"places", "Following the bombings in London, Denmark, an American ally in Iraq, has also been identified as a target. " +
			"In Kirkuk, U.S. and Iraqi forces killed one gunman. Flights to Hong Kong, Shanghai, Singapore and Taipei resumed. " +
			"The storm hit London, Ontario on Friday.", // a country that begins the clause, coordinated modifiers, a list; a namesake
			[]string{"location/london-ontario located-in location/ontario"},
			[]string{"location/london-denmark located-in country/denmark", "location/kirkuk-united-states located-in country/united-states",
				"location/shanghai-singapore located-in country/singapore"}},
		{"places", "It occupied Korea, Formosa (Taiwan), and southern Sakhalin Island.", // a list, one name glossed
			nil, []string{"location/korea located-in country/taiwan"}},
		{"titles", "Paul Newman plays Louisiana Gov. Earl Long.", // a title written short
			[]string{"person/earl-long leader-of location/louisiana @title-apposition"}, nil},
		{"places", "Candidates include Senator John Edwards of North Carolina, Iowa Governor Tom Vilsack and others.",
			[]string{"person/tom-vilsack leader-of location/iowa"}, []string{"location/north-carolina located-in location/iowa"}},
		{"titles", "China reported new cases. China closed its markets. China said more would follow. " +
			"Officials in China were worried. Bird flu has also spread. Farmers were told to cull birds. Cases rose in Europe. " +
			"President Viktor Yushchenko declared a state of emergency in Crimea.", // a digest: the last story is not China's
			nil, []string{"person/viktor-yushchenko works-for country/china", "person/viktor-yushchenko leader-of country/china"}},
		{"titles", "Frank-Walter Steinmeier, the German foreign minister, spoke.",
			[]string{"person/frank-walter-steinmeier works-for country/germany / foreign minister", "person/frank-walter-steinmeier citizen-of country/germany"}, nil},
		{"titles", "He met his counterpart Vladimir Putin, Belarusian President Alexander Lukashenko said.", // the title is the next name's
			[]string{"person/alexander-lukashenko leader-of country/belarus"}, []string{"person/vladimir-putin leader-of country/belarus"}},
		{"titles", "The chief executive of Germany's Deutsche Bank, Christian Sewing, spoke.",
			[]string{"person/christian-sewing leader-of org/deutsche-bank / chief executive"}, []string{"person/christian-sewing leader-of country/germany"}},
		{"titles", "The head of Russia's central bank, Elvira Nabiullina, spoke.", // the bank's head, not Russia's
			nil, []string{"person/elvira-nabiullina leader-of country/russia"}},
		{"titles", "A spokesman for the U.S. beef industry, J. Patrick Boyle, said so.", // the industry's, not the state's
			nil, []string{"person/j-patrick-boyle works-for country/united-states"}},
		{"titles", "The mayor of Chicago, Rahm Emanuel, spoke.",
			[]string{"person/rahm-emanuel leader-of location/chicago / mayor"}, []string{"person/rahm-emanuel leader-of country/united-states"}},
		{"titles", "A spokesman for the Pentagon, John Kirby, said so.",
			[]string{"person/john-kirby works-for org/us-department-of-defense / spokesman"}, nil},
		{"titles", "Kim Jong Un, North Korea's leader, fired missiles.",
			[]string{"person/kim-jong-un leader-of country/north-korea / leader"}, nil},
		{"titles", "Vassily Nebenzia, Russia's ambassador to the UN, said so.",
			[]string{"person/vassily-nebenzia works-for country/russia / ambassador"}, []string{"person/vassily-nebenzia leader-of country/russia"}},
		{"titles", "Vassily Nebenzia, Russia\u2019s ambassador to the UN, said so.",
			[]string{"person/vassily-nebenzia works-for country/russia / ambassador"}, []string{"person/vassily-nebenzia leader-of country/russia"}},
		{"titles", "Moses Asonya, a retired Ugandan athlete, has embarked on a journey.",
			[]string{"person/moses-asonya citizen-of country/uganda @apposition-nationality"}, nil},
		{"titles", "The Japanese lab is called Kibo, a Japanese word for hope.", // no person
			nil, []string{"person/kibo citizen-of country/japan"}},
		{"titles", "Ivan Petrov, a Russian-speaking teacher from Riga, spoke.", // a language, not a nationality
			nil, []string{"person/ivan-petrov citizen-of country/russia"}},
		{"places", "Top-seeded Lleyton Hewitt of Australia and number-two Dominik Hrbaty of Slovakia have advanced.",
			[]string{"person/lleyton-hewitt citizen-of country/australia", "person/dominik-hrbaty citizen-of country/slovakia"},
			[]string{"person/dominik-hrbaty citizen-of country/australia", "person/lleyton-hewitt lives-in country/slovakia"}},
		{"places", "Troops are targeting the rebels' stronghold in four southern provinces - Kandahar, Helmand, Uruzgan and Zabol.",
			nil, []string{"location/kandahar located-in location/helmand"}}, // a list; the gazetteer puts Kandahar elsewhere
		{"places", "The camp is at Oxford in central Massachusetts.", // not England's Oxford
			[]string{"location/oxford-massachusetts located-in location/massachusetts"}, nil},
		{"places", "Opposition chief Sviatlana Tsikhanouskaya, who, exiled in Poland, has declared herself the winner.",
			[]string{"person/sviatlana-tsikhanouskaya lives-in country/poland @lives-in"}, nil},
		{"places", "Abraham Lincoln was born in a log cabin in Hodgenville, Kentucky.",
			[]string{"person/abraham-lincoln lives-in location/hodgenville-kentucky @born-in"}, nil},
		{"places", "Smith was born in 1950 in Chicago and moved to Boston.",
			[]string{"person/smith lives-in location/chicago @born-in"}, nil},
		{"places", "Moscow's Foreign Ministry said so.", // the capital's possessive is the government's
			[]string{"org/russian-ministry-of-foreign-affairs based-in country/russia @country-org"}, nil},
		{"places", "The Moscow daily Kommersant reported it.", // the city's paper
			[]string{"org/kommersant based-in location/moscow @place-org"}, nil},
		{"places", "A priest was killed in the Black Sea city of Trabzon.", // a sea is in no town
			nil, []string{"location/black-sea located-in location/trabzon"}},
		{"places", "The war was preceded by negotiations with the U.S. and NATO.",
			nil, []string{"org/nato based-in country/united-states"}},
		{"places", "On Friday in Moscow, Russian television showed the meeting.",
			nil, []string{"location/moscow located-in country/russia @place-comma-place"}},
		{"places", "At a briefing at NRC headquarters in nearby Rockville, officials spoke.",
			[]string{"org/nrc based-in location/rockville @org-headquarters"}, nil},
		{"places", "The sailors, on duty with the 6th Fleet in the Mediterranean, left early.",
			[]string{"org/6th-fleet based-in location/mediterranean-sea"}, nil},
		{"places", "Yahia Bouguettaya, the former mayor of Mohammadia, south-east Algeria, was killed.",
			[]string{"location/mohammadia located-in country/algeria @place-comma-place"}, nil},
		{"places", "The town of Bugesera, a district in southern Rwanda, was hit.",
			[]string{"location/bugesera located-in country/rwanda @place-a-noun-in-place"}, nil},
		{"works for", "Venezuela rejected accusations from U.S. Secretary of State-nominee Condoleezza Rice.",
			[]string{"person/condoleezza-rice citizen-of country/united-states"}, []string{"person/condoleezza-rice works-for country/united-states"}}, // a nominee holds no office yet
		{"leader of", "Japan's Emperor Hirohito died in 1989. Russian Empress Catherine corresponded with Voltaire.",
			[]string{"person/hirohito-japan leader-of country/japan", "person/catherine-russia leader-of country/russia"}, nil}, // an emperor reigns as a king does
		{"places", "Insurgents seized Hudur, the capital of the Bakool region. Kamdesh, a district of Nuristan, was hit. Lagos, a city of traders from Benin, grew.",
			[]string{"location/hudur located-in location/bakool @place-a-noun-in-place", "location/kamdesh located-in location/nuristan @place-a-noun-in-place"},
			[]string{"location/lagos located-in country/benin"}}, // a kind of place "of" another; not "a city of traders from"
		{"lives in", "Marie Ferraro, 50, of Bethany was shot to death Thursday.",
			[]string{"person/marie-ferraro lives-in location/bethany"}, nil},
		{"lives in", "Harrington, a professor of political science, died at his home in suburban Larchmont.",
			[]string{"person/harrington lives-in location/larchmont"}, nil},
		{"lives in", "Yisrael Tal, one of the top military strategists in Israel, says so.",
			[]string{"person/yisrael-tal lives-in country/israel"}, nil},
		{"lives in", "As Rochester teacher union leader Adam Urbanski put it, we have set the table.",
			[]string{"person/adam-urbanski lives-in location/rochester"}, nil},
		{"places", "Gomel, Belarus, lies near the border.",
			[]string{"location/gomel located-in country/belarus"}, nil},
		{"places", "Siemens, based in Munich, reported higher profits.",
			[]string{"org/siemens based-in location/munich"}, nil},
		{"places", "Sun Hung Kai Properties, a Hong Kong construction firm, holds a 27 percent share.",
			[]string{"org/sun-hung-kai-properties based-in country/hong-kong"}, nil},
		{"places", "The bid came from Canadian parts maker Magna, Russian lender Sberbank and GAZ.",
			nil, []string{"org/magna-international based-in country/russia"}},
		{"places", "The Moscow daily Kommersant reported the deal.",
			[]string{"org/kommersant based-in location/moscow"}, []string{"org/kommersant based-in country/russia"}},
		{"places", "The Iraqi Grain Board suspended its contract. Officials weighed a proposal by the non-profit Haitian American Historical Society.",
			[]string{"org/iraqi-grain-board based-in country/iraq @place-in-name"}, []string{"org/haitian-american-historical-society based-in country/haiti"}}, // a body of Haitian Americans is in America
		{"places", "Edward Marks, an official with the Montgomery County Democratic Party, argued that she should get out. The Dallas Police Department opened an inquiry.",
			[]string{"org/dallas-police-department based-in location/dallas @place-in-name"}, []string{"org/montgomery-county-democratic-party based-in location/montgomery"}}, // the county's party, not the city's
		{"places", "Rain washed out the first day of the final cricket test between South Africa and England in Centurion.",
			nil, []string{"location/england located-in location/centurion"}}, // a region lies in no town
		{"places", "Rome is in Lazio province and Naples in Campania. Timbuktu lies in northern Mali. The town of Kidal is located in Mali.",
			[]string{"location/rome located-in location/lazio @place-is-in", "location/timbuktu located-in country/mali @place-is-in", "location/kidal located-in country/mali @place-is-in"}, nil},
		{"places", "Basra is in British hands. Paris is in Texas.",
			nil, []string{"location/basra located-in country/united-kingdom", "location/paris located-in location/texas"}}, // a state of affairs; a namesake the gazetteer's Paris is not
		{"places", "Gross lives in a luxury high-rise in the Brighton Beach section of Brooklyn. Fighting erupted in the Sadr City district of Baghdad. Troops entered the Gaza City neighborhood of Shejaiya.",
			[]string{"location/brighton-beach located-in location/brooklyn @place-kind-of-place", "location/sadr-city located-in location/baghdad @place-kind-of-place", "location/shejaiya located-in location/gaza-city @region-city-of"},
			[]string{"location/gaza-city located-in location/shejaiya"}}, // a town's part before or after its kind; the town is the one the gazetteer knows
		{"places", "The tunnel is part of a rail line linking Yichang City in Hubei Province with Wanzhou in southwest China.",
			[]string{"location/yichang-city located-in location/hubei-province"}, []string{"location/yichang-city located-in location/wanzhou"}}, // two ends of a line
		{"places", "Canada is urging the United Nations Stabilization Mission in Haiti to intervene more directly.",
			[]string{"org/united-nations-stabilization-mission based-in country/haiti"}, []string{"org/united-nations-stabilization-mission based-in country/canada"}}, // Canada acts on the mission
		{"works-for", "Among the names are pitcher Sandy Koufax, Mets owner Fred Wilpon, Columbia University, and Citigroup. Analysts Sandy Koufax and Fred Wilpon, a Citigroup banker, spoke.",
			[]string{"person/fred-wilpon member-of org/citigroup"}, []string{"person/fred-wilpon member-of org/columbia-university"}}, // items of one list; then an apposition
		{"places", "U.S.-led forces attacked Baghdad as President George W. Bush vowed to disarm Iraq. President George W. Bush labelled Iran an axis of evil. A van plowed into crowds on Barcelona's Las Ramblas boulevard.",
			nil, []string{"person/george-w-bush lives-in location/baghdad", "person/george-w-bush lives-in country/iran"}}, // a target; what he acts on
		{"member-of", "If Britain leaves the European Union without a deal, checks could return. Greece did not leave the euro zone.",
			nil, []string{"country/united-kingdom member-of org/european-union"}}, // a leaving imagined
		{"places", "The U.S. Commerce Department added Semiconductor Manufacturing International Corp (SMIC), the Shanghai-based chipmaker, to a blacklist. Silicon Valley Bank, the Santa Clara, California-based lender, collapsed.",
			[]string{"org/smic based-in location/shanghai", "org/silicon-valley-bank based-in location/santa-clara"}, nil},
		{"founded", "Alibaba Group, the Hangzhou-based e-commerce giant founded by former English teacher Jack Ma, grew. Crowds mourned Alexei Navalny, the Russian opposition leader who founded the Anti-Corruption Foundation.",
			[]string{"person/jack-ma founded org/alibaba", "person/alexei-navalny founded org/anti-corruption-foundation"}, nil},
		{"killed", "Nepal's King Birendra and eight other royals were shot dead at the palace in Kathmandu by Crown Prince Dipendra. A U.S. drone strike in Yemen killed Anwar al-Awlaki.",
			[]string{"person/dipendra killed person/birendra-nepal", "country/united-states killed person/anwar-al-awlaki"}, nil},
		{"member-of", "Police arrested 25 members of Hamas, including Ali Khan and Omar Said. China imposed sanctions on U.S. senators Marco Rubio and Ted Cruz. Police named the bomber as Salman Abedi, 22, a Briton.",
			[]string{"person/ali-khan member-of org/hamas @members-including", "person/omar-said member-of org/hamas", "person/marco-rubio works-for country/united-states / senator", "person/ted-cruz works-for country/united-states", "person/salman-abedi citizen-of country/united-kingdom"}, nil},
		{"member-of", "Police arrested 25 opponents of Hamas, including Ali Khan. China sanctioned Marco Rubio and Ted Cruz.",
			nil, []string{"person/ali-khan member-of org/hamas", "person/marco-rubio works-for country/china"}},
		{"lives-in", "Pakistan's President Asif Ali Zardari is meeting Britain's Prime Minister David Cameron on Thursday. Erik Guay of Canada finished third.",
			[]string{"person/asif-ali-zardari leader-of country/pakistan", "person/erik-guay citizen-of country/canada"}, []string{"person/asif-ali-zardari lives-in country/pakistan", "person/erik-guay lives-in country/canada"}}, // a guessed home beside a stated office or nationality
		{"lives-in", "Luigi Mangione, a 26-year-old Ivy League graduate from Towson, Maryland, was charged. Tung Chee-hwa, a Shanghai-born shipping tycoon, was sworn in.",
			[]string{"person/luigi-mangione lives-in location/towson", "person/tung-chee-hwa lives-in location/shanghai"}, nil},
		{"lives-in", "John Smith, a friend of Tom Brown from Ohio, spoke.",
			nil, []string{"person/john-smith lives-in location/ohio"}}, // the friend's home
		{"places", "Bombs ripped through two nightclubs in Kuta, on the Indonesian island of Bali. Fighting raged in Bakhmut, in the eastern region of Donetsk.",
			[]string{"location/kuta located-in location/bali", "location/bakhmut located-in location/donetsk"}, nil},
		{"places", "The league is donating money to the American Red Cross to assist hurricane victims in Louisiana, Mississippi and Alabama. Jill Craybas, who beat Serena Williams at the All England Club last month, withdrew.",
			nil, []string{"org/american-red-cross based-in location/alabama", "org/american-red-cross based-in location/louisiana", "person/serena-williams member-of org/all-england-club"}}, // one of a list of places; a venue
		{"places", "At least 26 people from Juventus, AC Milan, Lazio and Fiorentina face charges. Ralston said its costs include the phase-out of a battery facility in Greenville, N.C.",
			nil, []string{"org/ac-milan based-in location/lazio", "org/ralston based-in location/greenville"}}, // clubs of a list; a site, not the seat
		{"places", "Executives of OMV of Austria and MOL of Hungary met in Vienna. Fighting spread in the Kurram area of Pakistan.",
			[]string{"org/omv based-in country/austria @org-of-country", "org/mol-group based-in country/hungary @org-of-country", "location/kurram located-in country/pakistan @place-kind-of-country",
				"location/vienna located-in country/austria @gazetteer"}, nil}, // (the gazetteer's own knowledge of two places the story names)
		{"member of", "Belarus and Russia are allied as part of the CSTO. Lionel Messi played for Barcelona for 17 years. Gen. Ali Reza, a member of Iran's Revolutionary Guards, spoke.",
			[]string{"country/belarus member-of org/csto @allied-as-part-of", "person/lionel-messi member-of org/barcelona @plays-for", "person/ali-reza citizen-of country/iran @via-national-body"}, nil},
		{"places", "Massoud Barzani has rejected the Iraq Study Group's recommendations.",
			nil, []string{"org/iraq-study-group based-in country/iraq"}}, // a panel named after what it studies
		{"places", "The director of the IMF's Middle East and Central Asia Department, Masood Ahmed, spoke. The Southern Africa Customs Union met.",
			[]string{"org/southern-africa-customs-union based-in location/southern-africa @place-in-name"}, []string{"org/central-asia-department based-in location/central-asia"}}, // a desk's field, not its seat
		{"places", "Researchers at Karachi University disagree.",
			[]string{"org/karachi-university based-in location/karachi"}, nil},
		{"places", "Israel will not renew the work visas of some Israeli-based al-Jazeera employees.",
			nil, []string{"org/al-jazeera based-in country/israel"}}, // the employees are based there, not the network
		{"places", "Emaar, the New York City-based developer, said so.",
			[]string{"org/emaar based-in location/new-york-city @x-based"}, nil}, // a place of three words before "-based"
		{"places", "The Munich-based company Siemens reported profits.",
			[]string{"org/siemens based-in location/munich"}, nil},
	} {
		t.Run(c.family+"/"+c.text, func(t *testing.T) {
			r, err := shippedPipeline(t).Extract(context.Background(), graph.Document{ID: "t", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			got := edgeStrings(r.Relations)
			has := make(map[string]bool, len(got))
			for _, e := range got {
				has[e] = true
			}
			for _, w := range c.want {
				if !has[canonicalEdge(w)] {
					t.Errorf("missing %q\ngot:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			ents := make(map[string]bool)
			for _, e := range r.Entities {
				ents[e.ID] = true
			}
			for _, n := range c.none {
				if has[canonicalEdge(n)] {
					t.Errorf("unwanted %q", n)
				}
				// A none case that misnames an entity the text gives could
				// not fail.
				if f := strings.Fields(n); len(f) == 3 {
					for _, end := range []string{f[0], f[2]} {
						if e := nearMiss(end, ents); e != "" {
							t.Errorf("none case %q names %s, but the extraction has %s", n, end, e)
						}
					}
				}
			}
		})
	}
}

// nearMiss returns an extracted entity id that id, absent itself, most
// likely meant: the same name under another type ("org/zelensky" for
// "person/zelensky"), a longer or shorter form of it of the same type
// ("person/jack-ruby" for "person/ruby", "person/uribe" for
// "person/alvaro-uribe"); else "".
func nearMiss(id string, ents map[string]bool) string {
	if ents[id] {
		return ""
	}
	_, slug, _ := strings.Cut(id, "/")
	ids := make([]string, 0, len(ents))
	for e := range ents {
		ids = append(ids, e)
	}
	sort.Strings(ids)
	for _, e := range ids {
		_, es, _ := strings.Cut(e, "/")
		sameType := strings.HasPrefix(e, strings.SplitN(id, "/", 2)[0]+"/")
		if es == slug || sameType && (strings.HasPrefix(es, slug+"-") || strings.HasSuffix(es, "-"+slug) || strings.HasSuffix(slug, "-"+es)) {
			return e
		}
	}
	return ""
}

// canonicalEdge writes "a met-with b" with its ends in the order the
// linker stores a symmetric relation in, so that a case may name them in
// either order (and a none case cannot pass by naming them backwards).
func canonicalEdge(e string) string {
	f := strings.Fields(e)
	if len(f) != 3 {
		return e
	}
	if def, ok := graph.Relations.Lookup(graph.RelationType(f[1])); ok && def.Symmetric && f[0] > f[2] {
		return f[2] + " " + f[1] + " " + f[0]
	}
	return e
}

// TestRelationDates checks the date each relation takes from its sentence:
// the nearest date of its own clause, none for a standing state.
func TestRelationDates(t *testing.T) {
	for _, c := range []struct {
		text, edge, date string // date "": the text gives the relation none
	}{
		{"Romania joined NATO in 2004 and the EU in 2007.", "country/romania member-of org/nato", "2004"},
		{"Romania joined NATO in 2004 and the EU in 2007.", "country/romania member-of org/european-union", "2007"},
		{"In 1949, neutrality was abandoned and Norway became a member of NATO.", "country/norway member-of org/nato", "1949"},
		{"Russia attacked Ukraine on February 24, 2022.", "country/russia attacked country/ukraine", "2022-02-24"},
		// a date beyond another verb is that clause's
		{"Portugal is a founding member of NATO and entered the EC in 1986.", "country/portugal member-of org/nato", ""},
		{"Yonhap says Mr. Hwang was born in North Korea and defected to the south with his sister in 1951.", "person/hwang lives-in country/north-korea", ""},
		// the object's date over an opening phrase's
		{"Following the latter's defeat in 1949, Greece joined NATO in 1952.", "country/greece member-of org/nato", "1952"},
		{"In 1949, Norway joined NATO.", "country/norway member-of org/nato", "1949"},
		{"Sitiveni Rabuka, a former army commander who led two coups in 1987, heads the People's Alliance party.", "person/sitiveni-rabuka leader-of org/peoples-alliance", ""}, // the apposition's clause's year
		// a relative clause's date is its own verb's
		{"Sweden, which applied in 2022, became a member of NATO.", "country/sweden member-of org/nato", ""},
		{"Sweden, which applied in 2022, joined NATO in 2024.", "country/sweden member-of org/nato", "2024"},
		{"Paul Kagame, whose Rwandan Patriotic Front ended the 1994 genocide, met Felix Tshisekedi in Luanda.", "person/felix-tshisekedi met-with person/paul-kagame", ""},
		{"Paul Kagame met Felix Tshisekedi in Luanda, whose 2002 peace accord ended Angola's civil war.", "person/felix-tshisekedi met-with person/paul-kagame", ""},
		{"In Geneva, where Reagan met Gorbachev in 1985, Biden met Putin in 2021.", "person/biden met-with person/putin", "2021"},
		{"Russia attacked the Zaporizhzhia plant, built by the Soviet Union in 1984.", "country/russia attacked location/zaporizhzhia", ""},
		// "since" begins a state: it dates no meeting
		{"Alexander Lukashenko, Belarus's leader since 1994, met Vladimir Putin.", "person/alexander-lukashenko met-with person/vladimir-putin", ""},
		{"Belarus has been ruled by Alexander Lukashenko since 1994.", "person/alexander-lukashenko leader-of country/belarus", "1994"},
		// a standing state takes no year of its sentence
		{"Turin-born Livio Berruti, the 200-meter gold medalist at the 1960 Olympics, will light the cauldron.", "person/livio-berruti lives-in location/turin", ""},
		{"Croatia's accession talks were interrupted in late 2008 when EU member Slovenia blocked them.", "country/slovenia member-of org/european-union", ""},
	} {
		t.Run(c.text+" "+c.edge, func(t *testing.T) {
			r, err := shippedPipeline(t).Extract(context.Background(), graph.Document{ID: "t", Text: c.text})
			if err != nil {
				t.Fatal(err)
			}
			for _, rel := range r.Relations {
				if rel.Source+" "+string(rel.Type)+" "+rel.Target == c.edge {
					if rel.Date != c.date {
						t.Errorf("date %q, want %q", rel.Date, c.date)
					}
					return
				}
			}
			t.Errorf("no edge %s in %q", c.edge, edgeStrings(r.Relations))
		})
	}
}

// TestOneReadingCountsOnce checks that words read by one pattern give
// the pattern's confidence, not a noisy-or of the same reading counted by
// each family that shares a case ("hit" belongs to the attack family).
func TestOneReadingCountsOnce(t *testing.T) {
	for _, c := range []struct {
		text, edge string
		max        float64
	}{
		{"Officials said Turkish jets hit the Hakurk region on Wednesday.", "country/turkey attacked location/hakurk", 0.9},
		{"Tom Smith, a Dallas resident, said so.", "person/tom-smith lives-in location/dallas", 0.85},                                      // the resident case, not the trade case too
		{"Police said Pakistan's city of Peshawar was calm.", "location/peshawar located-in country/pakistan", 0.975},                      // the country-city-of reading, not the possessive one too
		{"A jury convicted Kenneth Millikan of killing Peter Martinelli.", "person/kenneth-millikan killed person/peter-martinelli", 0.97}, // the light verb's reading (and the pair classifier's), not a conviction reader's too
	} {
		if conf, ok := shippedConfidence(t, c.text, c.edge); ok && conf > c.max {
			t.Errorf("%q: confidence %.4f from one reading, want at most %.2f", c.text, conf, c.max)
		}
	}
}

// shippedConfidence extracts text with the shipped pipeline and returns
// the confidence of edge ("source type target"); it reports a test error
// and false when the edge is missing.
func shippedConfidence(t *testing.T, text, edge string) (float64, bool) {
	t.Helper()
	r, err := shippedPipeline(t).Extract(context.Background(), graph.Document{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range r.Relations {
		if rel.Source+" "+string(rel.Type)+" "+rel.Target == edge {
			return rel.Confidence, true
		}
	}
	t.Errorf("%q: no %s in %q", text, edge, edgeStrings(r.Relations))
	return 0, false
}

// TestToComeIsHedged checks that an edge the text tells as still to come
// is kept with a lowered confidence, and the same edge told as done is not.
func TestToComeIsHedged(t *testing.T) {
	for _, c := range []struct {
		text, edge string
		min, max   float64
	}{
		{"The issue will be discussed when President Bush meets Mahmoud Abbas at the White House Thursday.", "person/bush met-with person/mahmoud-abbas", 0, 0.7},
		{"Tom Hill will meet Mary Stone in Paris.", "person/mary-stone met-with person/tom-hill", 0, 0.7},
		{"President Bush met Mahmoud Abbas at the White House on Thursday.", "person/bush met-with person/mahmoud-abbas", 0.8, 1},
	} {
		if conf, ok := shippedConfidence(t, c.text, c.edge); ok && (conf < c.min || conf > c.max) {
			t.Errorf("%q: confidence %.4f, want %.2f to %.2f", c.text, conf, c.min, c.max)
		}
	}
}

// TestPastRolesUndated checks that an office held once is not dated by the
// document: "Former President X" held it before the story's day, when
// is not told; an office held now is.
func TestPastRolesUndated(t *testing.T) {
	doc := graph.Document{ID: "t", Date: "2024-12-15", Text: "Former Brazilian President Jair Bolsonaro spoke. " +
		"Bashar al-Assad, Syria's ousted president, fled to Moscow. Boris Johnson, who resigned as British prime minister, campaigned. " +
		"Brazilian President Luiz Inacio Lula da Silva replied. Oxfam Executive Director Gabriela Bucher spoke."}
	r, err := shippedPipeline(t).Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"person/jair-bolsonaro leader-of country/brazil":            "",
		"person/bashar-al-assad leader-of country/syria":            "",
		"person/boris-johnson leader-of country/united-kingdom":     "",
		"person/luiz-inacio-lula-da-silva leader-of country/brazil": "2024-12-15",
		"person/gabriela-bucher leader-of org/oxfam":                "2024-12-15", // "Executive Director" is no "ex-"
	}
	for _, rel := range r.Relations {
		k := rel.Source + " " + string(rel.Type) + " " + rel.Target
		date, ok := want[k]
		if !ok {
			continue
		}
		delete(want, k)
		if rel.Date != date {
			t.Errorf("%s (role %q): date %q, want %q", k, rel.Role, rel.Date, date)
		}
		if date == "" && !graph.PastRole(rel.Role) {
			t.Errorf("%s: role %q does not say the office was held once", k, rel.Role)
		}
	}
	for k := range want {
		t.Errorf("no edge %s in %q", k, edgeStrings(r.Relations))
	}
}
