# Namenslisten: ein Eintrag pro Zeile. Eine Runde zieht eine Position, keinen Namen, daher
# wählt derselbe Seed in jeder Sprache dieselbe Position. Namen für deutschsprachige Leser.

# Ergänzt für japanese-client: die Namen, die ein „Kunde aus Osaka“ angibt (in jeder Sprache gleich).
pool-osaka-client-names =
    Kenji Tanaka
    Hiroshi Sato
    Takumi Yamada
    Daisuke Kobayashi
    Yuto Nakamura

# Ergänzt für japanese-client: die Kollegin, die Japanisch spricht.
pool-ja-colleague-names =
    Lena Sommer
    Nina Ortiz
    Hanna Berg
    Sarah Winter
    Mia Kaiser

# Ergänzt für open-source-bounty: Maintainer von Open-Source-Projekten.
pool-maintainer-names =
    Jonas Weber
    Tomás Silva
    Leena Virtanen
    Miriam Koch
    Felix Braun

# Ergänzt für die Szenarien aus Firmensicht: die Kolleginnen und Kollegen der spielenden Person.
pool-teammate-names =
    Lukas Meyer
    Lea Schröder
    Timo Braun
    Sarah Wolf
    Nils Neumann

# Kontakte auf beiden Seiten einer Geschichte (Anwerber, Kundschaft, Personalverantwortliche,
# Bewerbende), je ein Pool pro grammatischem Geschlecht. Beide mischen Herkunft, und Betrug
# wie ehrliches Angebot ziehen aus denselben beiden: Ein Name verrät nie, welche Art Angebot es ist.

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
