"""Burmese: month names as Burmese news sites print the Gregorian months."""

from newsschema._lexicons import DateOrder, Labels, Lexicon

LEXICON = Lexicon(
    code="my",
    date_order=DateOrder.DMY,
    months={
        1: ("ဇန်နဝါရီ",),
        2: ("ဖေဖော်ဝါရီ",),
        3: ("မတ်",),
        4: ("ဧပြီ",),
        5: ("မေ",),
        6: ("ဇွန်",),
        7: ("ဇူလိုင်",),
        8: ("ဩဂုတ်", "ဧဂုတ်", "သြဂုတ်"),
        9: ("စက်တင်ဘာ",),
        10: ("အောက်တိုဘာ",),
        11: ("နိုဝင်ဘာ",),
        12: ("ဒီဇင်ဘာ",),
    },
    labels=Labels(photo=("ဓာတ်ပုံ",)),
)  # fmt: skip
