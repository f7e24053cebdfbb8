"""Fictional person names for the demo web.

Names are assembled from lists of common given names and surnames, so no generated person is
meant to be anyone real. The pools are grouped by broad origin only so that an IMG from, say,
Pakistan usually gets a name a reader would find plausible; realism of the *text* is what the
extractor is tested on. The lists deliberately include diacritics, hyphenated surnames and
multi-part surnames ("van der Berg", "De La Cruz") because real rosters are full of them and
name parsers break on them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# Data tables: packed by hand, kept from the formatter.
# fmt: off
GENERAL_FIRST = (
    "James", "Mary", "Michael", "Jennifer", "David", "Sarah", "Daniel", "Emily", "Matthew",
    "Jessica", "Andrew", "Ashley", "Christopher", "Lauren", "Joshua", "Rachel", "Ryan", "Megan",
    "Brian", "Hannah", "Kevin", "Elizabeth", "Jonathan", "Katherine", "Nicholas", "Olivia",
    "Benjamin", "Abigail", "Samuel", "Grace", "Tyler", "Madison", "Ethan", "Chloe", "Nathan",
    "Zoë", "Logan", "Natalie", "Caleb", "Claire", "Owen", "Julia", "Patrick", "Maya", "Aaron",
    "Leah", "Jacob", "Amelia", "William", "Victoria", "Thomas", "Renée", "Eric", "Noelle", "Adam",
    "Brooke", "Zachary", "Allison", "Marcus", "Danielle", "Isaac", "Caroline", "Connor", "Morgan",
    "Henry", "Audrey", "Elijah", "Naomi", "Austin", "Sophia",
)
GENERAL_LAST = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green",
    "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell",
    "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers",
    "Reed", "Bailey", "Bell", "Cooper", "Richardson", "Cox", "Howard", "Ward", "Peterson", "Gray",
    "Kim", "Nguyen", "Chen", "Patel", "Shah", "Cohen", "Goldberg", "O'Brien", "O'Connor",
    "McDonald", "Sullivan", "Kowalski", "Novak", "Müller", "Schröder", "Brennan", "Lindqvist",
    "Okafor", "Haddad", "Park", "Tran", "Yamamoto", "Rossi", "Ferreira", "Brontë",
)
HISPANIC_FIRST = (
    "José", "María", "Luis", "Ana", "Carlos", "Lucía", "Javier", "Sofía", "Andrés", "Valentina",
    "Diego", "Camila", "Alejandro", "Gabriela", "Mateo", "Isabel", "Raúl", "Mónica",
)
HISPANIC_LAST = (
    "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez",
    "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Ortiz",
    "Castillo", "Núñez", "Peña",
)
SOUTH_ASIAN_FIRST = (
    "Aarav", "Priya", "Rahul", "Ananya", "Vikram", "Neha", "Arjun", "Kavya", "Sanjay", "Divya",
    "Rohan", "Aisha", "Imran", "Fatima", "Ahmed", "Sana", "Bilal", "Zainab", "Hamza", "Ayesha",
    "Karthik", "Lakshmi", "Nikhil", "Shreya",
)
SOUTH_ASIAN_LAST = (
    "Patel", "Sharma", "Singh", "Gupta", "Reddy", "Iyer", "Nair", "Mehta", "Rao", "Khan", "Ahmed",
    "Hussain", "Qureshi", "Malik", "Siddiqui", "Chaudhry", "Krishnan", "Banerjee", "Mukherjee",
    "Desai", "Joshi", "Kapoor",
)
MIDDLE_EAST_FIRST = (
    "Omar", "Layla", "Youssef", "Nour", "Karim", "Mariam", "Tarek", "Yasmin", "Ali", "Hana",
    "Mahmoud", "Rania", "Samir", "Dina", "Khaled", "Salma", "Reza", "Shirin",
)
MIDDLE_EAST_LAST = (
    "Haddad", "Mansour", "Khalil", "Saleh", "Hassan", "Ibrahim", "Farouk", "Nasser", "Aziz",
    "Hosseini", "Karimi", "Rahimi", "El-Sayed", "Abdel-Rahman", "Al-Masri", "Abu Bakr",
)
EAST_ASIAN_FIRST = (
    "Wei", "Mei", "Jun", "Yuki", "Hiroshi", "Min-jun", "Seo-yeon", "Li", "Xin", "Haruto", "Ji-woo",
    "Lin",
)
EAST_ASIAN_LAST = (
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Tanaka", "Sato", "Kim", "Park",
    "Choi", "Lee", "Nguyen", "Tran",
)
AFRICAN_FIRST = (
    "Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake", "Kwame", "Abena", "Tunde",
    "Chiamaka", "Ifeanyi", "Yetunde",
)
AFRICAN_LAST = (
    "Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Mensah", "Nwosu", "Adebayo", "Oyelaran",
    "Obi", "Ogunleye", "Asante",
)
MULTI_PART_LAST = (
    "van der Berg", "De La Cruz", "da Silva", "Van Buren", "del Rosario", "von Stein", "St. Clair",
    "Mac an tSaoir", "de Souza", "Le Blanc",
)
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"
# fmt: on


@dataclass(frozen=True)
class NamePool:
    """First and last names of one broad origin."""

    first: tuple[str, ...]
    last: tuple[str, ...]


POOLS: dict[str, NamePool] = {
    "general": NamePool(GENERAL_FIRST, GENERAL_LAST),
    "hispanic": NamePool(HISPANIC_FIRST, HISPANIC_LAST),
    "south_asian": NamePool(SOUTH_ASIAN_FIRST, SOUTH_ASIAN_LAST),
    "middle_east": NamePool(MIDDLE_EAST_FIRST, MIDDLE_EAST_LAST),
    "east_asian": NamePool(EAST_ASIAN_FIRST, EAST_ASIAN_LAST),
    "african": NamePool(AFRICAN_FIRST, AFRICAN_LAST),
}

# Where an IMG's school is tells us which pool their name most likely comes from.
# fmt: off
COUNTRY_POOL: dict[str, str] = {
    "India": "south_asian", "Pakistan": "south_asian", "Bangladesh": "south_asian",
    "Nepal": "south_asian", "Sri Lanka": "south_asian", "Egypt": "middle_east",
    "Iran": "middle_east", "Lebanon": "middle_east", "Jordan": "middle_east",
    "Syria": "middle_east", "Saudi Arabia": "middle_east", "Iraq": "middle_east",
    "Turkey": "middle_east", "Mexico": "hispanic", "Colombia": "hispanic", "Peru": "hispanic",
    "Argentina": "hispanic", "Dominican Republic": "hispanic", "Venezuela": "hispanic",
    "Cuba": "hispanic", "Brazil": "hispanic", "Chile": "hispanic", "Spain": "hispanic",
    "China": "east_asian", "Japan": "east_asian", "South Korea": "east_asian",
    "Taiwan": "east_asian", "Philippines": "east_asian", "Vietnam": "east_asian",
    "Nigeria": "african", "Ghana": "african", "Kenya": "african",
}

# fmt: on
# A US graduate's name comes from the general pool most of the time.
US_POOL_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("general", 0.70),
    ("hispanic", 0.09),
    ("south_asian", 0.09),
    ("east_asian", 0.07),
    ("middle_east", 0.03),
    ("african", 0.02),
)


def pool_for_country(country: str | None, rng: random.Random) -> NamePool:
    """Pick a name pool: by the school's country for IMGs, else by US demographics."""
    if country and country in COUNTRY_POOL and rng.random() < 0.85:
        return POOLS[COUNTRY_POOL[country]]
    keys = [k for k, _ in US_POOL_WEIGHTS]
    weights = [w for _, w in US_POOL_WEIGHTS]
    return POOLS[rng.choices(keys, weights)[0]]


def person_name(rng: random.Random, pool: NamePool) -> str:
    """A full display name: sometimes a middle initial, a hyphenated or multi-part surname."""
    first = rng.choice(pool.first)
    roll = rng.random()
    if roll < 0.06:
        last = f"{rng.choice(pool.last)}-{rng.choice(pool.last)}"
        if last.split("-")[0] == last.split("-")[1]:
            last = rng.choice(pool.last)
    elif roll < 0.09:
        last = rng.choice(MULTI_PART_LAST)
    else:
        last = rng.choice(pool.last)
    if rng.random() < 0.12:
        return f"{first} {rng.choice(MIDDLE_INITIALS)}. {last}"
    return f"{first} {last}"


# Nicknames people put in quotes on rosters: 'Robert "Bobby" Smith'.
# fmt: off
NICKNAMES: dict[str, tuple[str, ...]] = {
    "James": ("Jim", "Jamie"), "Michael": ("Mike",), "Jennifer": ("Jen", "Jenny"),
    "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Christopher": ("Chris",),
    "Katherine": ("Kate", "Katie"), "Nicholas": ("Nick",), "Benjamin": ("Ben",),
    "Elizabeth": ("Liz", "Beth"), "William": ("Will", "Bill"), "Samuel": ("Sam",),
    "Jonathan": ("Jon",), "Zachary": ("Zach",), "Thomas": ("Tom",), "Alejandro": ("Alex",),
    "Oluwaseun": ("Seun",), "Chinedu": ("Chi",), "Ifeanyi": ("Ify",), "Mahmoud": ("Mo",),
    "Nikhil": ("Nik",), "Abigail": ("Abby",), "Victoria": ("Tori",), "Joshua": ("Josh",),
    "Andrew": ("Drew", "Andy"), "Patrick": ("Pat",), "Gabriela": ("Gabi",),
    "Valentina": ("Vale",),
}
# fmt: on
NICKNAME_SHARE = 0.3  # of residents whose first name has a nickname


def with_nickname(rng: random.Random, name: str) -> str:
    """The name as shown, sometimes with a nickname in quotes after the first name; one draw."""
    roll = rng.random()
    first, _, rest = name.partition(" ")
    nicks = NICKNAMES.get(first)
    if not nicks or roll >= NICKNAME_SHARE or nicks == (first,):
        return name
    return f'{first} "{nicks[int(roll * 1000) % len(nicks)]}" {rest}'
