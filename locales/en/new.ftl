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
new-ron-choice = The player answers. Each option says where the story goes (goto) and what it does about a request: spotted or missed for a real red flag, trusted or false_alarm for a harmless request that only looks like one (scams have those too). Write every option with the same care and about the same length: the right answer must not be the longest. feedback: true shows <scenario>-<node>-<option>-feedback right after.
new-ron-switch = The chat moves to another channel; the player sees the move happen.
new-ron-event = A system notice, such as a file arriving or an account being suspended. Icons: info, file, warning, money, lock.
new-ron-ending = Endings: walked_away, reported, hired, safe, compromised or missed_opportunity.

new-ftl-intro = Every word of scenario “{ $id }”. Ids come from the .ron file: <scenario>-<node>, and <scenario>-<node>-<option> for answers. Variables from vars: are written { $name }.
new-sample-title = A new scenario
new-sample-summary = One line about the job, as a player would see it in a list.
new-sample-hello = Hello! I liked your profile. We pay { $rate } dollars an hour. Could you send me a link to your portfolio?
new-sample-portfolio-choice-share = Sure, here is the link to my public portfolio and my GitHub.
new-sample-portfolio-choice-refuse = I don't send links to people I don't know yet, sorry.
new-sample-portfolio-choice-refuse-feedback = A portfolio link is public and shows your own work: sharing it is ordinary.
new-sample-portfolio-choice-later = Only once we have signed a contract here, sorry.
new-sample-portfolio-choice-later-feedback = A public portfolio is meant to be seen by clients; holding it back only costs you the job.
new-sample-move = Thanks! Let's continue on Telegram, it's faster there.
new-sample-move-choice-stay = I'd rather keep talking here until there is a contract.
new-sample-move-choice-stay-feedback = Before a contract, the platform is your protection.
new-sample-move-choice-go = Sure, Telegram is easier for me as well. See you over there.
new-sample-move-choice-halfway = Fine, but only for chatting; the contract stays here.
new-sample-ask = Great! Please install this little tool so our team can help you set up.
new-sample-file = { $contact } sent you a file: RemoteHelper.exe
new-sample-install-choice-install = Okay, I'll install it now so your team can help me set up.
new-sample-install-choice-refuse = [Block the account and report the chat to Upwork]
new-sample-install-choice-watch = Okay, but only while I can watch the screen myself.
new-sample-walked-away = You kept the talk on the platform and walked away.
new-sample-reported = You blocked the account and reported the chat.
new-sample-compromised = A stranger now controls your computer. See “Already involved?” for what to do now.

new-sample-fine-identity-docs = A portfolio link is public and shows your own work; it is not a document anyone could use in your name.

## `redflag ids`: what each event icon shows, and how many names a pool holds.

ids-icon-info = a note: something happened (the default)
ids-icon-file = a file was sent or shared
ids-icon-warning = a warning from the platform or the system
ids-icon-money = money was paid, asked for or moved
ids-icon-lock = an account, a login or a check
ids-pool-names = { $count ->
    [one] 1 name
   *[other] { $count } names
}
