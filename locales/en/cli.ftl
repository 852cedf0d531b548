# Help texts of the command line (redflag --help). clap's own layout words stay English.

cli-redflag-about = A training game: spot identity-proxy recruitment scams before they spot you.
cli-lang = Language, such as de or uk-UA (default: from LC_ALL, LC_MESSAGES or LANG)
cli-scenarios = A scenario pack folder with scenarios/ and locales/ (may be repeated)
cli-plain = Plain text mode, for screen readers and scripts
cli-help = Print help
cli-version = Print version
cli-redflag-play-about = Play a scenario (without one, choose from the list)
cli-redflag-play-scenario = The id of the scenario to play
cli-redflag-play-seed = A number that makes the run repeatable (names, amounts, order of answers)
cli-redflag-list-about = List the scenarios
cli-redflag-list-format = Output format
cli-redflag-check-about = Check scenarios, packs and locales for mistakes
cli-redflag-check-paths = Scenario files, locale files or pack folders (default: the built-in content)
cli-redflag-check-format = Output format
cli-redflag-graph-about = Draw a scenario's conversation as a graph (Graphviz dot or Mermaid)
cli-redflag-graph-scenario = A scenario id, or the path of a scenario file
cli-redflag-graph-format = Output format
cli-redflag-new-about = Start a new scenario from a small, commented example that passes check
cli-redflag-new-id = The new scenario's id (lowercase letters, digits and dashes)
cli-redflag-new-out = The pack folder to write into (default: the current folder)
cli-redflag-play-watch = Reload this scenario file or pack folder when it changes, and restart the run (for authors)
cli-redflag-check-walks = Play this many seeded random walks per scenario and locale, and report coverage
cli-redflag-check-seed = The seed of the first walk; walk k uses seed S+k
cli-redflag-check-exhaustive = Take every option of every choice, exploring every reachable state
cli-redflag-check-max_states = The most states the exhaustive mode explores per scenario
