# The web page: its buttons, labels and notes. The game's own screens use the same
# messages as the terminal game.

web-title = redflag: learn to spot job offers that rent your identity
web-noscript = This game needs JavaScript and WebAssembly. It runs entirely in your browser: nothing you do here is sent anywhere.
web-load-failed = The game could not start in this browser. Browsers do not run it from a file opened on this computer: open the link you were given, or serve the folder with any web server (for example python3 -m http.server -d web/dist). Very old browsers cannot run it at all.
web-loading = Loading the game…
# The buttons above the game.
web-pack-zip = Load a scenario pack (.zip)
web-pack-folder = Load a pack folder
web-export = Export my results
web-plain-on = Text mode for screen readers
# The row of keys for touch screens. Each is a key's name, read out by screen readers.
web-keys = Keys
web-key-up = Up
web-key-down = Down
web-key-enter = Enter: choose or go on
web-key-space = Space: show the next messages
web-key-esc = Esc: back
web-key-help = Help
web-key-lang = Language
web-key-settings = Settings
# The text of the screen, for screen readers and the browser's translation.
web-screen-text = The game screen as text
# Plain (text) mode in the page.
web-plain-heading = Choose a scenario:
web-plain-grid = Back to the game screen
web-plain-list = Back to the list of scenarios
# Notes on the start screen.
web-storage-off = This browser does not let the page keep anything, so your settings and results last only until you close this tab.
web-state-unreadable = Your saved settings in this browser could not be read ({ $reason }). They are left as they are and not changed.
web-results-unreadable = Your results in this browser could not be read ({ $reason }). They are left as they are, and new results are not kept.
web-results-unwritable = This result could not be kept in the browser: { $reason }
# A pack picked with the file picker.
web-pack-loaded = Pack { $name }: { $scenarios ->
    [one] 1 scenario to play
   *[other] { $scenarios } scenarios to play
    } ({ $errors ->
    [0] no errors
    [one] 1 error
   *[other] { $errors } errors
    }, { $warnings ->
    [0] no warnings
    [one] 1 warning
   *[other] { $warnings } warnings
    }; see the list below the game).
web-pack-report = Problems in { $name }: { $count }
