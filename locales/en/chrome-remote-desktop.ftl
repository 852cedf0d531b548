# Scenario “chrome-remote-desktop”: the founder of a small development studio finds the
# player's code on GitHub and moves to Discord. Variables: $founder (a man's name),
# $repo (the player's repository), $excuse (region or security: why the founder says he needs
# the player's connection), $share (dollars a month), $advance (dollars).
# The founder is a man. He writes clean, polite, professional English in full sentences, with
# no emoji. The player's answers are plain and friendly. Text in square brackets is the
# player's action, not a message.

chrome-remote-desktop-title = A founder writes on your repository
chrome-remote-desktop-summary = The founder of a small development studio uses your open-source code and has work for you on a US client's project.
chrome-remote-desktop-cast-founder = { $founder }

chrome-remote-desktop-issue = { $founder } opened an issue on your repository { $repo }: Collaboration opportunity
chrome-remote-desktop-gh-hello = Hello, I'm { $founder }, founder of a small development studio. We use { $repo } in our product, and it is exceptionally clean work. We have a long-term contract with a US client and are looking for one more developer we can trust.
chrome-remote-desktop-gh-move = An issue thread is not the right place for a business conversation. Could you add me on Discord? My username is the same as here, and I will explain everything there.

chrome-remote-desktop-move-choice-here = Thanks! Could you describe the offer here, or send a written proposal with your company's details?
chrome-remote-desktop-move-choice-here-feedback = Good. A real offer survives being written down. Moving to a private chat before anything is agreed takes away your record of what was said.
chrome-remote-desktop-move-choice-go = Sure, I'll add you now. An issue thread is clumsy for this anyway, and I'm curious about the client.
chrome-remote-desktop-move-choice-halfway = I'll add you to read the proposal, but anything we agree on comes back here in writing.
chrome-remote-desktop-move-choice-halfway-feedback = Once the talk moves to a private chat, the record stays with him, and what is agreed there rarely comes back. A written proposal in the open costs an honest founder nothing.

chrome-remote-desktop-gh-insist = I understand the caution, and I respect it. The client is under NDA, so I cannot put details in a public thread. Five minutes on Discord, and then you decide.

chrome-remote-desktop-insist-choice-give-in = [Add { $founder } on Discord, as he asked, and say you have five minutes]
chrome-remote-desktop-insist-choice-decline = Then I'll pass. An offer I can't read in writing isn't one I can judge, NDA or not.
chrome-remote-desktop-insist-choice-nda = Send me the NDA first, then. If it looks normal, I'll add you on Discord.
chrome-remote-desktop-insist-choice-nda-feedback = A document he wrote himself cannot vouch for him, and an NDA is no reason to leave a place where everything is written down. The move to a private chat was the warning sign, and the NDA changed nothing about it.
chrome-remote-desktop-nda-file = { $founder } attached a file to the issue: NDA_mutual.pdf. It reads like a standard agreement.

chrome-remote-desktop-dc-hello = Thank you for coming over. It is good to put a name to the code.
chrome-remote-desktop-dc-call = Before we talk business, I would like us to meet properly. Could we do a fifteen-minute video call here later today, cameras on? You can ask me anything about the studio.

chrome-remote-desktop-call-choice-accept = Sure, a short video call is fine. I'm free after four, camera on.
chrome-remote-desktop-call-choice-audio = A call is fine, but audio only. I keep my camera off with new people.
chrome-remote-desktop-call-choice-audio-feedback = Keeping the camera off cost you a chance to size him up, and nothing was at risk: a video call as yourself, for your own work, is a normal step. The danger is being on camera for somebody else.
chrome-remote-desktop-call-choice-refuse = I'd rather not show my face to someone I met in an issue. Text only, please.
chrome-remote-desktop-call-choice-refuse-feedback = A careful instinct, but this request was harmless: meeting the person you deal with on video, as yourself, is a normal step, and you learn a lot from it. What matters is what you are asked to do next.

chrome-remote-desktop-call-done = A fifteen-minute video call with { $founder }. He is friendly and relaxed, knows your code well and answers your questions about the studio. The client's name, he says, comes with the contract.
chrome-remote-desktop-call-skip = Of course, that is entirely your decision. We can simply continue here.
chrome-remote-desktop-dc-team = Here is the background. We are a studio of six developers, mostly React and Node, with a long-term contract for a large US fintech company. The client pays well and on time.
chrome-remote-desktop-dc-plan = { $excuse ->
    [region] The difficulty is that the client only accepts developers who connect from the US or the EU. Most of our team works from abroad, so we need a local connection.
   *[security] The difficulty is that the client's security system blocks connections from our country. It is an overly strict rule, so we need a local connection.
}
chrome-remote-desktop-dc-crd = The arrangement is simple. You keep one laptop running at home with Chrome Remote Desktop installed. One of our developers connects to it and works through your internet connection. You do nothing yourself, and you receive { MONEY($share) } every month.

chrome-remote-desktop-crd-choice-refuse = No. Strangers working through my computer and my connection isn't something I'll host.
chrome-remote-desktop-crd-choice-refuse-feedback = Right. The deal only works if the client is deceived about who does the work and from where, and your computer and connection would be the disguise. That is the heart of the proxy scheme.
chrome-remote-desktop-crd-choice-spare = Only on a spare laptop with nothing of mine on it, and I unplug it at night.
chrome-remote-desktop-crd-choice-spare-feedback = A spare laptop protects your files, not your name: the work still runs through your connection, and the client is deceived about who does it and from where. The request itself was the problem.
chrome-remote-desktop-crd-choice-accept = I have an old laptop I never use, and that money would cover my rent. Fine.

chrome-remote-desktop-accept-reply = Excellent. I knew you would see the sense in it.
chrome-remote-desktop-dodge = It is not about hiding anything. It is simply how this client works, and many studios do the same. { MONEY($share) } a month for a laptop that stays on is a generous offer. Please think it over.

chrome-remote-desktop-dodge-choice-leave = No, thank you. Money for a laptop that just stays on is never that simple.
chrome-remote-desktop-dodge-choice-leave-feedback = Saying no ended it. One step further is even better: block the account and report it, without announcing it first, so the same offer does not reach the next developer.
chrome-remote-desktop-dodge-choice-trial = How about a trial month first? If anything looks wrong, I switch it off.
chrome-remote-desktop-dodge-choice-trial-feedback = A trial still means strangers working through your connection from the first night, and the next requests (your logins, your silence) come during the trial too.
chrome-remote-desktop-dodge-choice-give-in = It's only a laptop, and honestly, I could use the money. What else do you need?

chrome-remote-desktop-accounts = One more thing. The client checks that commits come from a real developer with a history, and your GitHub account is ideal. We would also need your Upwork login, to bill the client through it. Could you send me both? Your share arrives every month, as agreed.

chrome-remote-desktop-account-choice-refuse = My GitHub and Upwork are mine. Nobody else logs in as me, for any share.
chrome-remote-desktop-account-choice-github-only = GitHub is fine, it's only code anyway. But my Upwork account stays with me.
chrome-remote-desktop-account-choice-github-only-feedback = Your GitHub account is your name too: every commit through it is signed as you, for a client who is being deceived. Any login you hand over puts your identity in someone else's hands.
chrome-remote-desktop-account-choice-give = [Send him both logins by direct message; the accounts are quiet at the moment]

chrome-remote-desktop-refuse-reply = Understood. Let us leave GitHub aside for now; the laptop is what matters most.
chrome-remote-desktop-github-reply = That is a good start. Please send it by direct message, and switch off two-factor login for now; we can come back to Upwork later.
chrome-remote-desktop-give-reply = Thank you. Please send them by direct message, and switch off two-factor login for now; it gets in our developers' way.
chrome-remote-desktop-pressure = To get started, I can send { MONEY($advance) } today as an advance if you set it up tonight. I have two other candidates waiting, so I need your answer this evening.
chrome-remote-desktop-guide-file = { $founder } sent a file: crd_setup_steps.pdf
chrome-remote-desktop-guide-msg = Just follow the steps: install Chrome Remote Desktop, set a PIN, then send me the PIN and the Google account you used.
chrome-remote-desktop-screen-call = The easiest way is a quick call: share your screen, and I will guide you through the Chrome Remote Desktop setup. It takes two minutes.
chrome-remote-desktop-nudge = One last point: please keep this between us. There is no need to mention it to GitHub, Upwork or the client; it falls under our NDA. So, can I count on the setup tonight?

chrome-remote-desktop-final-choice-install = Rent is due, the advance helps, and you've been open with me. I'll set it up tonight.
chrome-remote-desktop-final-choice-open = I'll set it up, but I won't hide it: if the platforms ask, I'll tell them.
chrome-remote-desktop-final-choice-open-feedback = Not keeping secrets is good, but the laptop would still let strangers work through your connection under your name. Being open about remote access does not make it safe.
chrome-remote-desktop-final-choice-report = [Install nothing. Block { $founder } on Discord and report his account there]
chrome-remote-desktop-final-choice-report-feedback = Blocking first and reporting without a word is the safest way out: nothing to argue about, and the platform can stop the account before it reaches the next developer. Keep the chat: it is evidence.

chrome-remote-desktop-fine-proxy-verification = A short video call with the person you are dealing with, as yourself, is a normal step and a fair way to size each other up. Being on camera was never the risk; being on camera or passing a check for someone else is, and so was what he asked next: a laptop for strangers to work through.

chrome-remote-desktop-crd-session = Chrome Remote Desktop: someone is connected to your laptop. It is 3 a.m.
chrome-remote-desktop-github-used = GitHub: a new sign-in to your account from a device you don't recognise.
chrome-remote-desktop-upwork-used = Upwork: “Your account has been suspended for violating the Terms of Service.”
chrome-remote-desktop-traced = Five weeks later, an email from a company you have never heard of: their security team traced a contractor's logins to your internet connection and asks who you are.
chrome-remote-desktop-compromised = Strangers worked from your computer and through your internet connection, and a client was deceived about who was doing the work. That can make you part of a fraud, the legal risk stays with you, and platform bans are permanent and follow your identity. This happens to careful people too. Coming forward early helps, and someone who was deceived is not the same as someone who knowingly ran such a set-up. Uninstall Chrome Remote Desktop and remove the computer from your Google account's remote access list, change your Google, GitHub and Upwork passwords and turn on two-factor login, tell GitHub and Upwork, and report it to the police. The game's “Already involved?” page (press I) lists the next steps.

chrome-remote-desktop-walked-away-early = You kept the talk where it was written down and stepped away when he would not. Nothing left your hands.
chrome-remote-desktop-walked-away = You said no before anything was installed or handed over. Your computer, your connection and your accounts stayed yours. Reporting the account as well would protect the next person he writes to.
chrome-remote-desktop-reported = You blocked him and reported the account before anything was installed or handed over. Your computer, your connection and your accounts stayed yours, and the platform can now look at this account.
chrome-remote-desktop-reported-shared = You blocked him and reported the account before anything was installed. He still has the logins you sent him: change those passwords now, turn two-factor login back on, and tell the platforms that someone else had your login.
