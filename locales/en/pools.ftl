# Name pools: one entry a line. A run draws a position, not a name, so the same seed picks
# the same position in every language. Pick names that fit the language's readers.

# Added for japanese-client: the names a "client from Osaka" claims (same in every language).
pool-osaka-client-names =
    Kenji Tanaka
    Hiroshi Sato
    Takumi Yamada
    Daisuke Kobayashi
    Yuto Nakamura

# Added for japanese-client: the player's colleague who speaks Japanese.
pool-ja-colleague-names =
    Emma Clarke
    Nina Ortiz
    Sara Holm
    Lucy Bishop
    Mia Turner

# Added for open-source-bounty: open-source maintainers.
pool-maintainer-names =
    Priya Raman
    Tomás Silva
    Leena Virtanen
    Mark Olsen
    Ines Duarte

# Added for the hiring scenarios: the player's colleagues at the small company.
pool-teammate-names =
    Priya Shah
    Tom Reilly
    Nina Alvarez
    Sam Okafor
    Lena Novak

# Contacts on either side of a story (recruiters, clients, hiring managers, candidates), one
# pool for each grammatical gender, so translators can write verb forms that agree. Both pools
# mix origins, and scams and honest offers draw from the same two: a name never tells which
# kind of offer it is.

pool-women-names =
    Sarah Whitfield
    Aisha Bello
    Mei Lin Tan
    Olena Kravets
    Camila Reyes
    Priya Nair

pool-men-names =
    Daniel Brooks
    Kwame Mensah
    Andriy Bondar
    Rafael Santos
    Arjun Mehta
    Lukas Fischer
