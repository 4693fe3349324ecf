"""Ordinary comments that must be published: a false-positive probe, never trained on.

The first 42 come from a probe written outside the moderation work; the rest were
written for it by hand (short replies, prices and dates, heated political and religious
argument). None of them is in any training set.

Rerun from the repository root:
    .venv/bin/python bench/moderation/probe_ordinary.py
"""

from __future__ import annotations

from salon.domain.moderation import Submission
from salon.moderation import Moderator, Policy

ORIGINAL = [
    "a reply", "Thanks!", "Agreed.", "Great read, thank you.", "Me too", "Interesting.", "Source?",
    "I disagree with the mayor here.", "This is nonsense, the numbers don't add up.", "Well said.",
    "Where can I find the full report?", "lol", "+1", "First!",
    "Can you share the link to the minutes?",
    "Subscribe to the newsletter, it's worth it.", "Check the council website for details.",
    "I emailed my councillor about this yesterday.", "What time does it open on Sundays?",
    "Great article, thanks. Sharing with my friends.", "The vote is on January 12th at 7pm.",
    "Call the library at 555-0134 if you want to volunteer.", "Nice photos!", "Who wrote this?",
    "Totally wrong. Read the budget before you write.", "Keep up the good work", "Love it",
    "reply", "hello", "ok", "yes", "no", "test", "hi everyone", "Good morning from Leeds!",
    "I'll be there on Friday.", "The library is great for kids.", "Money well spent in my view.",
    "We need more of this in our town", "God bless the volunteers who make this happen.",
    "The government wastes our money on everything else, why not this?", "Vote them out.",
]  # fmt: skip

ADDED = [
    "This is wrong",
    "Thank you",
    "Exactly this.",
    "Nope.",
    "Fair point.",
    "Correction: it was 2019, not 2018.",
    "Replying to the comment above: the figures are from the annual report.",
    "See my reply below.",
    "Why was my earlier reply removed?",
    "Text of the bill is on the parliament site, page 14.",
    "Free speech means hearing things you dislike.",
    "Petrol was £1.45 a litre this morning, up from £1.32 in March.",
    "Rent went from $1,200 to $1,650 in two years. How is anyone supposed to live?",
    "The meeting is on 3 March at 18:30 in the town hall, room 2.",
    "My council tax bill is £2,140 this year. For what, exactly?",
    "A pint costs 6 pounds now in London. Madness.",
    "Tickets are 12 euros, kids under 5 go free.",
    "Call 999 if you see the fire spreading, don't wait for the council.",
    "The bus leaves at 07:45 and 08:15, and the 08:15 is always late.",
    "The minimum wage should be $15 an hour, full stop.",
    "I paid 40 dollars for the parking fine and I'm still angry about it.",
    "They cut the library budget by 12% and then wonder why kids don't read.",
    "Inflation was 3.2% last month according to the ONS.",
    "This government has lied to us about the NHS for fourteen years.",
    "The opposition is no better, they voted for the same cuts in 2015.",
    "Taxing the rich is not theft, it's how roads get built.",
    "Lower taxes would leave families more money, simple as that.",
    "Immigration built this country and you know it.",
    "Borders matter and pretending otherwise is how you lose elections.",
    "Abortion is a matter for the woman and her doctor, not politicians.",
    "Every life is precious, including the unborn. I will not apologise for that.",
    "As a Christian I think we should welcome refugees, that's what Jesus taught.",
    "Religion has no place in the classroom. Teach science.",
    "My faith gets me through hard times and I'm tired of being mocked for it.",
    "The imam at our mosque has done more for this town than any councillor.",
    "Whatever you believe, the church roof still needs fixing and the fund is short.",
    "The prime minister should resign today.",
    "The president is a disgrace and history will say so.",
    "Your article ignores half the evidence. Disappointing journalism.",
    "Stop printing press releases and do some actual reporting.",
    "Who paid for this study? Follow the money.",
    "Climate change is real and we are running out of time.",
    "The green levy doubled my energy bill and did nothing for the planet.",
    "I've lived here 40 years and never seen the river this low.",
    "Police should spend less time on Twitter and more on burglaries.",
    "Defund nothing. Fund schools properly.",
    "Union members voted 78% in favour of the strike. Respect the vote.",
    "The strike is hurting patients, not ministers.",
    "Does anyone know if the bridge reopens on Monday?",
    "Can someone explain what the new parking rules mean for residents?",
    "My grandmother would have loved this story.",
    "RIP. A true gentleman who gave so much to this town.",
    "Congratulations to the team, well deserved win!",
    "Typo in the third paragraph: 'there' should be 'their'.",
    "Link is broken.",
    "Paywall again? I already subscribe.",
    "I cancelled my subscription after that editorial.",
    "Please send me the form, my email is on my profile.",
    "Follow the story, it gets worse in part two.",
    "Share this with anyone who rents in the city.",
    "Text from the ruling: 'the appeal is dismissed'.",
    "They won the lottery funding for the new park, good news at last.",
    "The crypto crash wiped out my brother's savings, these apps should be regulated.",
    "Payday lenders should be banned outright.",
    "Happy new year everyone!",
    "Stay safe out there.",
]

TEXTS = ORIGINAL + ADDED


def main() -> None:
    m = Moderator.load()
    policy = Policy()
    for name, texts in (("original", ORIGINAL), ("added", ADDED), ("all", TEXTS)):
        held = [t for t in texts if m.assess(Submission(text=t), policy).band.value != "publish"]
        print(f"{name}: {len(held)}/{len(texts)} held ({len(held) / len(texts):.1%})")
    for t in TEXTS:
        d = m.assess(Submission(text=t), policy)
        if d.band.value != "publish":
            print(f"  held {d.spam:.3f} {t!r} {d.reasons}")


if __name__ == "__main__":
    main()
