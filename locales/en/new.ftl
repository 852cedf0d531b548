# “redflag new”: the comments and sample story of a new scenario. The comments explain each
# part of the format to an author; the sample texts are a tiny story to replace.

new-created = Created { $path }
new-exists = { $path } already exists; redflag new never overwrites a file. Choose another id or remove it.
new-bad-id = “{ $id }” cannot be a scenario id: use lowercase letters, digits and single dashes, starting with a letter.
new-next-steps = Next: edit both files, then run “redflag check { $dir }” and “redflag --scenarios { $dir } play { $id }”.

new-ron-intro = A new scenario. This file holds the structure only; every word the player reads is in locales/en/{ $id }.ftl.
new-ron-id = The id: lowercase letters, digits and dashes. It is also the name of this file and of its .ftl file.
new-ron-version = Raise the version whenever you change the story, so results from old runs can be told apart.
new-ron-perspective = freelancer (the player is approached) or hiring (the player hires someone).
new-ron-legitimate = false for a scam; true for an honest offer that only looks suspicious.
new-ron-difficulty = easy, medium or hard; and the minutes a player needs, roughly.
new-ron-vars = Values drawn for each run and passed to every message: a name from a pool in pools.ftl, an amount in a range, or a pick from a list.
new-ron-cast = The people the player talks to. Each one's name is the message <scenario>-cast-<person>.
new-ron-channels = Where the chat happens; the first is where it starts. See data/channels.ron for all channels.
new-ron-nodes = The conversation, in order. A node flows into the next one unless it says next: "some-id".
new-ron-message = A message from a cast member; delay is the milliseconds of “typing…” before it shows.
new-ron-choice = The player answers. Each option says where the story goes (goto) and which red flag it meets: spotted, missed (in a scam), or trusted, false_alarm (in an honest offer). feedback: true shows <scenario>-<node>-<option>-feedback right after.
new-ron-switch = The chat moves to another channel; the player sees the move happen.
new-ron-event = A system notice, such as a file arriving or an account being suspended. Icons: info, file, warning, money, lock.
new-ron-ending = Endings: walked_away, reported, hired, safe, compromised or missed_opportunity.

new-ftl-intro = Every word of scenario “{ $id }”. Ids come from the .ron file: <scenario>-<node>, and <scenario>-<node>-<option> for answers. Variables from vars: are written { $name }.
new-sample-title = A new scenario
new-sample-summary = One line about the story, shown in the list.
new-sample-hello = Hi! Loved your profile. We pay { $rate } dollars an hour for easy work, interested?
new-sample-move = Let's talk on Telegram, it's faster there.
new-sample-move-choice-stay = I'd rather keep talking here until there is a contract.
new-sample-move-choice-stay-feedback = Right: before a contract, the platform is your protection.
new-sample-move-choice-go = Sure, see you there.
new-sample-ask = Great! Please install this little tool so our team can help you set up.
new-sample-file = { $contact } sent you a file: RemoteHelper.exe
new-sample-install-choice-install = Okay, installing it now.
new-sample-install-choice-refuse = No. Nobody gets remote control of my computer. I'm reporting this.
new-sample-walked-away = You kept the talk on the platform and walked away.
new-sample-reported = You refused and reported it.
new-sample-compromised = A stranger now controls your computer. Remove the tool, change your passwords and report it.
