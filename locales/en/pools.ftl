# Name pools: one entry a line. A run draws a position, not a name, so the same seed picks
# the same position in every language. Pick names that fit the language's readers.

pool-recruiter-names =
    Daniel Brooks
    Kevin Walsh
    Ryan Mitchell
    Jason Carter
    Eric Lawson

pool-client-names =
    Maria Keller
    Sophie Laurent
    Anna Lindqvist
    Laura Bennett
    Clara Jensen
