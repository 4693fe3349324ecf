"""Write implicit-abuse.csv: implicit hate (generalising, dehumanising statements about
groups, with no slur and no insult word) against counter-speech, quotation and ordinary
statements that name the same groups. Written by the Salon developers for the abuse
model; labels `abusive|ok`. Run: .venv/bin/python datasets/make_implicit_abuse.py

The hard negatives matter most: a comment that quotes a hateful claim in order to
refute it, or reports what someone shouted, is counter-speech and must stay published.
"""

from __future__ import annotations

import csv
from pathlib import Path

OUT = Path(__file__).with_name("implicit-abuse.csv")

ABUSIVE = [
    "Society would be better off if those people were not allowed to reproduce.",
    "Immigrants are a disease eating this country from the inside.",
    "They breed like rabbits and expect us to pay for all their children.",
    "Muslims should not be allowed to vote in our elections.",
    "Refugees are nothing but a burden on decent taxpayers.",
    "Women are naturally incapable of making rational decisions about money.",
    "Our towns were cleaner before the foreigners moved in.",
    "Gays should never be allowed to teach children.",
    "Their kind is genetically prone to crime, the statistics are obvious.",
    "Deport every last one of them and the crime rate will fall overnight.",
    "Jews control the banks and the media, everyone knows it.",
    "Some races are simply less intelligent, it is science, not prejudice.",
    "The neighbourhood went downhill the day the Roma arrived, they ruin everything they touch.",
    "Disabled people are a drain and should not be kept alive at public expense.",
    "Those migrants are invading our country and replacing us.",
    "You cannot trust a single one of them, lying is in their culture.",
    "Trans people are mentally ill and should be kept away from normal people.",
    "Africans have not contributed anything to civilisation.",
    "Every mosque is a training camp, close them all.",
    "Asylum seekers are parasites living off our welfare.",
    "The poor are poor because they are lazy and stupid by nature.",
    "Feminists are the reason families are collapsing; they should be silenced.",
    "Let them drown in the Mediterranean, it is not our problem.",
    "Mixing cultures pollutes our bloodline.",
    "These people are not human like us, they do not feel the same way.",
    "If we sterilised the welfare families, the problem would solve itself in a generation.",
    "Foreigners are taking over every street, soon there will be none of us left.",
    "Old people should just hurry up and die so the young can have their houses.",
    "A woman's opinion on politics is worth nothing.",
    "Give it twenty years and they will outnumber us and impose their law.",
    "Christians are brainwashed sheep who should not be allowed near schools.",
    "Homosexuality is a sickness that spreads if you let it.",
    "Round up the illegals and put them in camps.",
    "That whole community is criminal, from the grandmothers to the babies.",
    "Travellers are thieves, lock your doors when they are in town.",
    "They should go back where they came from and take their stink with them.",
    "Somalis are incapable of living in a modern society.",
    "It is a fact that Pakistanis cannot be integrated.",
    "Black neighbourhoods are zoos, and everyone who has been there knows it.",
    "The Chinese are spreading like a virus across every continent.",
    "Die Ausländer sind eine Plage für unser Land.",
    "Diese Leute sollten keine Kinder bekommen dürfen.",
    "Les immigrés sont un cancer pour la France.",
    "Ces gens-là ne devraient pas avoir le droit de voter.",
    "Los inmigrantes son una plaga que destruye nuestro país.",
    "Esa gente no debería tener derecho a tener hijos.",
    "Мигранты это болезнь нашей страны, их надо выгнать всех.",
    "Такие люди не должны иметь права голосовать.",
    "Göçmenler bu ülkenin başına bela, hepsi gönderilmeli.",
    "Gli immigrati sono un cancro per l'Italia.",
]

OK = [
    "Saying that immigrants are a disease is exactly the kind of rhetoric that leads to violence.",
    "My neighbour shouted that refugees are parasites. I reported him, and I'd do it again.",
    "The idea that women are incapable of handling money is a myth the article debunks well.",
    "Nobody should say that Muslims must not vote; it is their right like anyone else's.",
    "He called us 'vermin' at the bus stop. Writing it down here so people know this happens.",
    "The claim that some races are less intelligent has been refuted by every serious study.",
    "Immigrants staffed half the hospital during the pandemic; we owe them thanks.",
    "Refugees from Syria opened the bakery on our street and it is the best in town.",
    "Muslims in our town organised the food bank this winter.",
    "Women make up 40 % of the council now, which is still not half.",
    "The Roma community centre runs a homework club that deserves more funding.",
    "Disabled people are still locked out of half the stations because there are no lifts.",
    "The report shows migrants pay more in taxes than they take in benefits.",
    "Trans people face long waits for health care, the article should mention that.",
    "African writers are underrepresented in the school curriculum.",
    "The mosque on Park Road held an open day, and hundreds of neighbours came.",
    "Asylum seekers are not allowed to work while they wait, which is the real problem.",
    "Poverty is not about laziness; the cleaners I know work two jobs.",
    "Feminists fought for the vote my grandmother used; I am grateful.",
    "Nobody should drown in the Mediterranean. Rescue boats save lives.",
    "Stop telling people that migrants are invading. They are families looking for safety.",
    "The graffiti said 'foreigners out'. The council removed it within a day, good.",
    "Old people built this town; the housing crisis is a policy failure, not their fault.",
    "Christians, Muslims and Jews held a joint vigil after the attack.",
    "Gay couples have been able to marry here for ten years and nothing collapsed.",
    "Historically, calling a group a 'disease' came before persecution. We should learn from that.",
    "The speaker claimed they breed like rabbits, which is both false and disgusting.",
    "Immigration policy needs debate, but generalising about millions of people helps nobody.",
    "I disagree with the asylum rules, but the people affected deserve respect.",
    "The Chinese community has lived in this city for 150 years.",
    "Somali families in the estate started a football league for the kids.",
    "Crime statistics by postcode say more about poverty than about who lives there.",
    "My Pakistani colleague is the best engineer on our team.",
    "Travellers are entitled to sites by law and the council has none.",
    "Sterilisation of 'undesirables' was one of the darkest chapters of the last century.",
    "The comments under the last article said awful things about refugees. Please moderate them.",
    "Black history month events at the library were packed this year.",
    "Older voters turned out in record numbers at the election.",
    "Women's football drew a bigger crowd than the men's match last weekend.",
    "The statement 'they are not human like us' is what the prosecutor quoted in court.",
    "Wer sagt, Ausländer seien eine Plage, hetzt. Das sollte man klar benennen.",
    "Die Flüchtlinge im Ort helfen beim Fußballverein mit.",
    "Dire que les immigrés sont un cancer, c'est de la haine, point.",
    "Les réfugiés de la ville ont ouvert une épicerie formidable.",
    "Decir que los inmigrantes son una plaga es puro racismo.",
    "Los inmigrantes sostienen buena parte de la agricultura de la región.",
    "Говорить, что мигранты это болезнь, значит разжигать ненависть.",
    "Мигранты построили половину домов в нашем районе.",
    "Göçmenlerin başa bela olduğunu söylemek nefret söylemidir.",
    "Gli immigrati lavorano nei nostri ospedali e meritano rispetto.",
]


def main() -> None:
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "label"])
        w.writerows([(t, "abusive") for t in ABUSIVE] + [(t, "ok") for t in OK])


if __name__ == "__main__":
    main()
