# Scenario “account-rental-fifth”: a team lead on Freelancer wants to work through your
# verified account for a fifth of the earnings; the chat moves to WhatsApp.
# Variables: $lead (a man's name), $skill (wordpress, python or design), $earnings, $monthly and
# $payment (dollars). The team lead is a man. He writes warmly and casually: short lines, some
# lowercase, a few emoji, small slips of a non-native speaker (never mocked).
# His question about your time zone and work samples is harmless: answering it is right.

account-rental-fifth-title = A dev team lead looking for steady help
account-rental-fifth-summary = A team lead on Freelancer likes your profile and wants to work with you long term.
account-rental-fifth-cast-lead = { $lead }

account-rental-fifth-fl-hello = Hello! I'm { $lead }, I lead a small dev team. Saw your profile, your { $skill ->
    [wordpress] WordPress sites
    [python] Python scripts
   *[design] designs
} look really professional.
account-rental-fifth-fl-team = We have more clients than we can handle right now, so I look for a long-term partner. Not a one-time job, something steady.
account-rental-fifth-samples = Quick question first: which country and time zone are you in? And can you share 2–3 samples of your { $skill ->
    [wordpress] WordPress
    [python] Python
   *[design] design
} work here?
account-rental-fifth-samples-choice-send = Sure, here are three recent samples. My time zone is on my profile.
account-rental-fifth-samples-choice-refuse = I'd rather not say where I live or share my work before there's a contract.
account-rental-fifth-samples-choice-refuse-feedback = Your country, time zone and public samples are on your profile anyway, and every client asks about them. Keep your caution for what really matters: your login, your ID, your account.
account-rental-fifth-samples-choice-leave = Asking where I live straight away? That's odd. I'll pass, thanks.

account-rental-fifth-fl-move = thanks, noted 👍 one more thing: Freelancer chat is not good for details, sometimes it hides messages. Can we talk on WhatsApp? Just send me your number
account-rental-fifth-move-choice-stay = Thanks! I'd rather keep everything here on Freelancer, where it's on record.
account-rental-fifth-move-choice-stay-feedback = Good instinct. Anything honest can be said on the platform, where the chat is on record and you are protected.
account-rental-fifth-move-choice-halfway = Okay, WhatsApp for a quick talk, but any contract goes through here.
account-rental-fifth-move-choice-halfway-feedback = Once you are on WhatsApp, the platform no longer sees what is asked of you, and the contract that was to “go through here” never needs to. Keeping the talk on Freelancer costs an honest client nothing.
account-rental-fifth-move-choice-go = [Send him your number; WhatsApp is easier for you too, you use it all day]

account-rental-fifth-stay-reply = I understand. But here they flag words like “payment” and block you for nothing. Everyone uses WhatsApp, it's only a 5 min talk
account-rental-fifth-insist-choice-give-in = [Send him your number; the filters here really are annoying anyway]
account-rental-fifth-insist-choice-five-min = Five minutes then, but if it sounds odd, I'm blocking you right away.
account-rental-fifth-insist-choice-five-min-feedback = On WhatsApp the pitch is built to sound reasonable, and the platform can no longer see it or step in. Someone who needs to get away from the platform's filters is the warning sign itself.
account-rental-fifth-insist-choice-report = [Don't reply; block him and report the message to Freelancer]
account-rental-fifth-insist-choice-report-feedback = A report takes a minute. The platform can then look at this profile before it writes to the next freelancer.

account-rental-fifth-wa-story = hi, it's { $lead } from Freelancer 😊 I'll be honest with you. My own account was closed due to regional limits, Freelancer doesn't allow my country anymore. My team is very good but we can't bid on anything now.
account-rental-fifth-wa-pitch = So my idea: we work through your verified account. My team does the jobs, talks to the clients, everything. You don't have to do anything, and you get a fifth of all earnings, 20%.
account-rental-fifth-wa-earnings = on my old account we made around { MONEY($earnings) } every month. So think: 20% of that, for zero work. What do you say?
account-rental-fifth-pitch-choice-easy = 20% for doing nothing? Money is tight now, so yes, let's try it.
account-rental-fifth-pitch-choice-condition = Only if I approve each job myself and the money lands in my account first.
account-rental-fifth-pitch-choice-condition-feedback = Approving the jobs doesn't change who does them: strangers would still work under your name and your verification. And money landing in your account is exactly what the scheme needs next.
account-rental-fifth-pitch-choice-who = So who would actually log in and talk to the clients under my name?
account-rental-fifth-pitch-choice-who-feedback = Exactly the right question. The honest answer is: strangers, using your name, your reviews and your verification.
account-rental-fifth-who-reply = My guys, very experienced devs. The clients don't care who writes the code, only that it works. Nobody will know

account-rental-fifth-proof-intro-yes = perfect!! and so you see it's real, look
account-rental-fifth-proof-intro-no = Wait, don't say no yet. Look first
account-rental-fifth-proof-file = { $lead } sent an image: payouts_partners.jpg
account-rental-fifth-proof-text = This is my partner in Poland, another one in Brazil. They get their share every month like a clock. 100% safe, no risk for you

account-rental-fifth-sob-intro-yes = Thank you, brother, really 🙏 you don't know how much this helps
account-rental-fifth-sob-intro-no = please don't say no so fast. Let me explain
account-rental-fifth-sob-text = When my account closed we lost everything, four families depend on this team. We are good people, we just need a verified account to work.

account-rental-fifth-fixed = OK, I make it even better for you. Forget the percent: I pay you a fixed { MONEY($monthly) } every month, no matter how many jobs we take. The first one in advance.
account-rental-fifth-fixed-hurry = so, deal? I need your yes today please, I have another freelancer waiting and the clients won't wait
account-rental-fifth-fixed-choice-accept = [Say yes: a fixed { MONEY($monthly) } is more than your last two projects paid]
account-rental-fifth-fixed-choice-leave = Good money for nothing, and a deadline? That doesn't add up. I'm out.
account-rental-fifth-fixed-choice-leave-feedback = Right: good money for no work, plus “answer today”, is a pattern. A real offer survives a day of thinking.
account-rental-fifth-fixed-choice-trial = Let's try it for one month, and if anything feels wrong, I'll stop.
account-rental-fifth-fixed-choice-trial-feedback = A trial month is still a month of strangers working under your name, and the money it brings in is what you would be asked to pass on. There is no safe amount of this.

account-rental-fifth-setup = Super 🤝 My dev logs in from his laptop. When Freelancer sends you a security code, you forward it to me quick, and if they ask a selfie sometimes, you do it. Easy
account-rental-fifth-secrecy = So send me your Freelancer email and password today. And don't tell support about us: if they ask, you do the work yourself, OK?
account-rental-fifth-secret-choice-share = [Send him your Freelancer email and password, and say nothing to support]
account-rental-fifth-secret-choice-no-lies = Fine, I'll send the login, but if support asks, I won't lie to them.
account-rental-fifth-secret-choice-no-lies-feedback = Not lying is good, but by the time support asks, your login is in a stranger's hands and the work under your name has already happened. The login was the thing to keep.
account-rental-fifth-secret-choice-report = [Keep the chat, block him and report it all to Freelancer support]
account-rental-fifth-secret-choice-report-feedback = Keeping the chat is smart: it shows the platform exactly what was asked of you. And you didn't need to tell him first.

account-rental-fifth-weeks-later = Three weeks later. Your Freelancer account shows projects you never bid on, and chats with clients you have never spoken to.
account-rental-fifth-paid = good news!! the first client paid 🎉
account-rental-fifth-forward = Only problem, Freelancer can't pay out to my country. So the money goes to your bank, you keep your part and send the rest to my cousin. Bank transfer is OK, crypto (USDT) even better
account-rental-fifth-bank-in = Your bank: incoming payment of { MONEY($payment) } from Freelancer.
account-rental-fifth-forward-hurry = Please send the rest today, my guys are waiting for salary. I send you my cousin's details now
account-rental-fifth-pay-choice-forward = [Keep your part and send the rest to his cousin today, as he asks you to]
account-rental-fifth-pay-choice-once = I'll send it this one time so your team gets paid, then we stop.
account-rental-fifth-pay-choice-once-feedback = Even once makes your account the one the money passed through, and the bank sees you, not him. Don't move it anywhere yourself: tell your bank and let them handle it.
account-rental-fifth-pay-choice-report = [Change your password, block him, then tell Freelancer and your bank]

account-rental-fifth-fine-identity-docs = Your country, your time zone and a few public work samples are what any client asks about, and they are on your profile anyway. Documents are different: a scan of your ID, a tax number or your login is what lets someone act in your name.

account-rental-fifth-frozen = Two weeks later your bank freezes your account and asks you to explain the incoming and outgoing payments.
account-rental-fifth-banned = Freelancer: “Your account has been closed permanently for violating our Terms and Conditions.”
account-rental-fifth-compromised = Strangers worked for clients under your name, and the money for their work passed through your bank account. Forwarding money for others can make you part of money laundering, even when you only keep a share, and the risk stays with you, not with them. Many people are drawn in like this, and coming forward early helps. Change your Freelancer password, end every session, and tell Freelancer and your bank the whole story. Keep the chat: it is evidence. The “Already involved?” page (press I, or run redflag involved) lists the next steps.
account-rental-fifth-walked-away-samples = You left before anything of yours was at stake, and that was safe. But his first question was an ordinary one: country, time zone and public samples are what any client asks. Keep your no for requests that let someone act in your name.

account-rental-fifth-reported-early = You blocked him and reported the message. Freelancer can now look at this profile before the next freelancer gets the same offer.
account-rental-fifth-walked-away = You said no before anyone touched your account. Your name, your reviews and your verification stay yours.
account-rental-fifth-reported = You said no, blocked him and reported it. Your account stayed yours, and the platform knows about the offer.
account-rental-fifth-reported-late = You stopped before any money went through you, and you told your bank and the platform without warning him. That is exactly what protects you: now sign out of every session. Ask your bank what to do with the money that came in; don't send it anywhere on your own.
