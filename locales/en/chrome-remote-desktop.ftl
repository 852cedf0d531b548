# Scenario “chrome-remote-desktop”: a “startup founder” finds the player's code on GitHub and
# moves to Discord. Variables: $founder (a name), $repo (the player's repository),
# $excuse (region or security: why the founder “needs” the player's connection),
# $share (dollars a month), $advance (dollars).
# The founder writes fast and casually, with small typos and plenty of emoji.

chrome-remote-desktop-title = Just keep a laptop on
chrome-remote-desktop-summary = A startup founder loves your open-source code and has a subcontracting deal for a US client.
chrome-remote-desktop-cast-founder = { $founder }

chrome-remote-desktop-issue = { $founder } opened an issue on your repository { $repo }: “Collab opportunity 🚀”
chrome-remote-desktop-gh-hello = Hey! really clean code in { $repo }, we use it in our product 🙌 im founder of a small dev startup, we have a big US client and need one more trusted person
chrome-remote-desktop-gh-move = issues are not good for talking 😅 add me on Discord? same name. i explain everything there

chrome-remote-desktop-move-choice-here = Thanks! Could you describe the offer here, or send a written proposal with your company's details first?
chrome-remote-desktop-move-choice-here-feedback = Good. A real offer survives being written down. Moving to a private chat before anything is agreed takes away your record of what was said.
chrome-remote-desktop-move-choice-go = Sure, I'll add you.
chrome-remote-desktop-move-choice-close = I don't take work through issues. Closing this.

chrome-remote-desktop-gh-insist = its a confidential client, cant write details in public 🙏 just 5 min on discord, promise its worth it

chrome-remote-desktop-insist-choice-give-in = Okay, five minutes.
chrome-remote-desktop-insist-choice-decline = Then it's a no from me. Good luck!
chrome-remote-desktop-insist-choice-report = I'm closing this issue and reporting it to GitHub.
chrome-remote-desktop-insist-choice-report-feedback = Reporting takes a minute. The same pitch is probably sitting in other developers' repositories right now.

chrome-remote-desktop-dc-hello = yo 👋 thx for coming. so: we are subcontractor for a US client, long project, good money
chrome-remote-desktop-dc-team = we are 6 devs, very experienced, React and Node mostly. the client is a big fintech company, they pay well
chrome-remote-desktop-dc-plan = { $excuse ->
    [region] problem is, the client only lets devs connect from the US or EU 🙄 our team is abroad, so we need a local connection
   *[security] problem is, the clients security system blocks our country 🙄 silly rules. so we need a local connection
}
chrome-remote-desktop-dc-crd = super simple: you keep one laptop on at home with Chrome Remote Desktop. our dev connects and works through your internet. you do nothing and get { MONEY($share) } every month 💸

chrome-remote-desktop-crd-choice-refuse = Strangers working through my computer and my connection? No.
chrome-remote-desktop-crd-choice-ask = If the client only accepts local developers, aren't you hiding from the client who really does the work?
chrome-remote-desktop-crd-choice-ask-feedback = That is the point exactly: the deal only works if the client is deceived about who does the work and from where. It is the heart of the proxy scheme.
chrome-remote-desktop-crd-choice-accept = A laptop that just stays on? Easy, I have an old one lying around.

chrome-remote-desktop-accept-reply = perfect!! knew you are smart 😎
chrome-remote-desktop-dodge = its not hiding bro 😅 its just how this client works, everybody does it. { MONEY($share) } every month for nothing, think about it

chrome-remote-desktop-dodge-choice-leave = Money for nothing is never really for nothing. I'm out.
chrome-remote-desktop-dodge-choice-report = I'm out, and I'm reporting your account to Discord.
chrome-remote-desktop-dodge-choice-give-in = Okay… I could really use the money. What else?

chrome-remote-desktop-accounts = also one more thing: we need your GitHub login. the client checks that commits come from a real person with history, your account is perfect 👌
chrome-remote-desktop-accounts-2 = and your Upwork login too, we bill the client through it. you get your share every month, promise

chrome-remote-desktop-account-choice-refuse = My GitHub and my Upwork account are mine. Nobody else logs in as me.
chrome-remote-desktop-account-choice-ask = So your developers would commit code and bill clients under my name?
chrome-remote-desktop-account-choice-ask-feedback = Yes, that is what it means. Whoever works through your accounts does it in your name, and the legal risk stays with you: renting out an account is identity fraud.
chrome-remote-desktop-account-choice-give = Fine, I'll send you both logins.

chrome-remote-desktop-refuse-reply = ok ok, forget github for now. the laptop is the main thing
chrome-remote-desktop-ask-reply = its only your name on paper bro, nobody checks 😂 the laptop is the main thing anyway
chrome-remote-desktop-give-reply = great, send them in DM. and turn off the 2FA for now, it makes problems for our devs
chrome-remote-desktop-pressure = ok listen. i send { MONEY($advance) } today as advance if you set it up tonight. have 3 other guys waiting, need answer now ⏰
chrome-remote-desktop-secret = and keep this between us 🤫 dont tell upwork, dont tell github, the client doesnt need to know either. its NDA stuff
chrome-remote-desktop-guide-file = { $founder } sent a file: crd_setup_steps.pdf
chrome-remote-desktop-guide-msg = just follow the steps: install Chrome Remote Desktop, set a PIN, then send me the PIN and the google account you used 👍
chrome-remote-desktop-screen-call = easiest way: hop on a discord call, share your screen and i guide you through the Chrome Remote Desktop setup, 2 min 😎

chrome-remote-desktop-nudge = so? 👀 the advance is ready to go

chrome-remote-desktop-final-choice-install = Okay, I'll set it up tonight.
chrome-remote-desktop-final-choice-refuse = No remote access, no shared logins, and no secrets from the platforms. We're done.
chrome-remote-desktop-final-choice-report = I'm blocking you and reporting this to Discord, GitHub and Upwork.
chrome-remote-desktop-final-choice-report-feedback = Reporting the account on each platform makes it harder for it to reach the next person. Keep the chat: it is evidence.

chrome-remote-desktop-crd-session = Chrome Remote Desktop: someone is connected to your laptop. It is 3 a.m.
chrome-remote-desktop-accounts-used = GitHub: a new sign-in to your account from a device you don't recognise. Upwork: “Your account has been suspended for violating the Terms of Service.”
chrome-remote-desktop-traced = Five weeks later, an email from a company you have never heard of: their security team traced a contractor's logins to your internet connection and asks who you are.
chrome-remote-desktop-compromised = Strangers worked from your computer and through your internet connection, and a client was deceived about who was doing the work. Platform bans are permanent and follow your identity; a man who rented out freelance accounts (Didenko) got five years, and a man who kept company laptops running with remote desktop for a monthly fee (Knoot) faced charges carrying up to 20 years. This happens to careful people too: what matters now is to act. Uninstall Chrome Remote Desktop and remove the computer from your Google account's remote access list, change your Google, GitHub and Upwork passwords and turn on two-factor login, tell GitHub and Upwork, and report it to the police.

chrome-remote-desktop-walked-away-early = You kept the talk in the open and walked away when they would not. Nothing left your hands.
chrome-remote-desktop-reported-early = You walked away and reported the issue to GitHub. The account can be looked at before it pitches the next developer.
chrome-remote-desktop-walked-away = You said no before anything was installed or handed over. Your computer, your connection and your accounts stayed yours.
chrome-remote-desktop-reported = You ended it and reported it. Your computer, your connection and your accounts stayed yours, and the platforms know about this account.
