# Scenario “account-rental-fifth”: a “team lead” on Freelancer wants to work through your
# verified account for a fifth of the earnings; the chat moves to WhatsApp.
# Variables: $lead (a name), $skill (wordpress, python or design), $earnings, $monthly and
# $payment (dollars). The lead writes warmly and fast, with small typos and emoji.

account-rental-fifth-title = A fifth for you
account-rental-fifth-summary = A friendly team lead on Freelancer has a “long-term partnership” in mind.
account-rental-fifth-cast-lead = { $lead }

account-rental-fifth-fl-hello = Hello friend! I'm { $lead }, team lead of a small dev team. Saw your profile, your { $skill ->
    [wordpress] WordPress sites
    [python] Python scripts
   *[design] designs
} look really proffesional 👏
account-rental-fifth-fl-team = We have more clients than we can handle right now, so I'm looking for a long-term partner. Not a one-time job, something steady
account-rental-fifth-fl-move = freelancer chat is not good for details, sometimes it hides messages. can we talk on WhatsApp? just send me your number 🙏

account-rental-fifth-move-choice-stay = Thanks! I'd rather keep talking here on Freelancer.
account-rental-fifth-move-choice-ask = What's the partnership exactly? You can tell me here.
account-rental-fifth-move-choice-ask-feedback = Good instinct. Anything honest can be said on the platform, where the chat is on record and you are protected.
account-rental-fifth-move-choice-go = Sure, here's my number.

account-rental-fifth-stay-reply = i understand, but here they flag words like "payment" and block you for nothing 😅 everyone uses whatsapp, its just 5 min talk
account-rental-fifth-insist-choice-give-in = Okay, fine. Here's my number.
account-rental-fifth-insist-choice-decline = If it can't be said here, I'm not interested. Good luck!
account-rental-fifth-insist-choice-report = I'm not interested, and I'm reporting this message to Freelancer.
account-rental-fifth-insist-choice-report-feedback = A report takes a minute. The platform can then look at this profile before it writes to the next freelancer.

account-rental-fifth-wa-hello = hi, its { $lead } from freelancer 😊 thanks for your time!
account-rental-fifth-wa-story = I will be honest with you. my own account was closed due to regional limits, freelancer does not allow my country anymore. my team is very good but we cannot bid on anything now 😔
account-rental-fifth-wa-pitch = so my idea: we work through your verified account. my team does the jobs, talks to clients, everything. you don't have to do nothing. and you get a fifth of all earnings, 20% 💰
account-rental-fifth-wa-earnings = on my old account we made around { MONEY($earnings) } every month. so think about your 20% of that, for zero work
account-rental-fifth-pitch-choice-easy = So I just lend you my account and get 20%? Sounds easy.
account-rental-fifth-pitch-choice-refuse = No. My account is tied to my identity, nobody else works through it.
account-rental-fifth-pitch-choice-who = Who would actually log in and talk to the clients as me?
account-rental-fifth-pitch-choice-who-feedback = Exactly the right question. The honest answer is: strangers, using your name, your reviews and your verification.
account-rental-fifth-who-reply = my guys, very experienced devs 😄 the clients dont care who writes the code, only that it works. nobody will know

account-rental-fifth-proof-intro-yes = perfect!! and so you see its real, look
account-rental-fifth-proof-intro-no = wait wait dont say no yet. look first
account-rental-fifth-proof-file = { $lead } sent an image: payouts_partners.jpg
account-rental-fifth-proof-text = this is my partner in Poland, another one in Brazil. they get their share every month like a clock. 100% safe, no risk for you

account-rental-fifth-sob-intro-yes = thank you brother, really 🙏 you dont know how much this helps
account-rental-fifth-sob-intro-no = please dont say no so fast 🙏 let me explain
account-rental-fifth-sob-text = when my account closed we lost all, 4 families depend on this team. we are good people, we just need a verified account to work. you would really help us

account-rental-fifth-fixed = ok, I make it even better for you. forget the percent: I pay you fixed { MONEY($monthly) } every month, no matter how many jobs we take. the first one in advance 😊
account-rental-fifth-fixed-hurry = but I need answer today pls, I have another freelancer waiting and the clients wont wait
account-rental-fifth-fixed-choice-accept = Okay, a fixed { MONEY($monthly) } a month. Deal.
account-rental-fifth-fixed-choice-leave = A sum like that for doing nothing, with a deadline, doesn't add up. I'm out.
account-rental-fifth-fixed-choice-leave-feedback = Right: good money for no work, plus “answer today”, is a pattern. A real offer survives a day of thinking.
account-rental-fifth-fixed-choice-report = No deal. I'm blocking you and reporting your profile to Freelancer.

account-rental-fifth-setup = super!! 🤝 so send me your freelancer email and password, my dev will log in from his laptop
account-rental-fifth-setup-code = when freelancer sends you a security code, just forward it to me quick. also maybe they ask you a selfie sometimes, you do it, easy
account-rental-fifth-secrecy = and important: dont tell freelancer support about us. if they ask, you say you do the work yourself. and maybe delete our chat from time to time 😉
account-rental-fifth-secret-choice-share = Okay. Sending you the login now.
account-rental-fifth-secret-choice-refuse = If I have to hide it from the platform, it's not a partnership. No.
account-rental-fifth-secret-choice-report = I won't lie to the platform. I'm reporting this to Freelancer and keeping this chat as evidence.
account-rental-fifth-secret-choice-report-feedback = Keeping the chat is smart: it shows the platform and the police exactly what was asked of you.

account-rental-fifth-weeks-later = Three weeks later. Your Freelancer account shows projects you never bid on, and chats with clients you have never spoken to.
account-rental-fifth-paid = good news bro!! the first client paid 🎉
account-rental-fifth-forward = only problem, freelancer cant pay out to my country. so the money goes to your bank, you keep your part and send the rest to my cousin. bank transfer is ok, crypto (USDT) even better
account-rental-fifth-bank-in = Your bank: incoming payment of { MONEY($payment) } from Freelancer.
account-rental-fifth-forward-hurry = pls send today, my guys are waiting for salary 🙏 I send you the details now
account-rental-fifth-pay-choice-forward = Okay, I'll keep my part and send the rest today.
account-rental-fifth-pay-choice-refuse = I'm not moving other people's money. I'm changing my password and ending this.
account-rental-fifth-pay-choice-report = I'm not forwarding anything. I'm telling my bank and Freelancer what happened.
account-rental-fifth-pay-choice-report-feedback = That is the best move now. Banks and platforms can act much better when you tell them first, before they find out themselves.

account-rental-fifth-frozen = Two weeks later your bank freezes your account and asks you to explain the incoming and outgoing payments.
account-rental-fifth-banned = Freelancer: “Your account has been closed permanently for violating our Terms and Conditions.”
account-rental-fifth-compromised = Strangers worked for clients under your name, and money for their work passed through your bank account. Forwarding money for others counts as money muling, even for a share: in the UK, mules lose their bank accounts and credit, and face up to 14 years in prison. Platform bans are permanent and follow your identity. Many people get pulled in like this; what matters now is to act. Change your Freelancer password, end every session, tell Freelancer and your bank the whole story, and report it to the police. Keep the chat: it is evidence.

account-rental-fifth-walked-away-early = You kept the talk on Freelancer and left when the other side would not. The platform's protection was with you the whole time.
account-rental-fifth-reported-early = You left and reported the message. Freelancer can now look at this profile before the next freelancer gets the same offer.
account-rental-fifth-walked-away = You said no before anyone touched your account. Your name, your reviews and your verification stay yours.
account-rental-fifth-reported = You said no and reported it. Your account stayed yours, and the platform knows about the offer.
account-rental-fifth-walked-away-late = You stopped before any money went through you. Someone else still had your login, so change your password now, sign out of every session, and tell Freelancer that another person used your account: that protects you.
account-rental-fifth-reported-late = You stopped before any money went through you, and you told your bank and the platform. That is exactly what protects you: now change your password and sign out of every session. Ask your bank what to do with the money that came in; don't send it anywhere on your own.
