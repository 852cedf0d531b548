# Scenario “subcontract-anydesk”: a subcontracting offer from an agency on Upwork that moves to Telegram.
# Variables: $recruiter (a woman's name), $handle (a Telegram handle), $rate (dollars an hour),
# $monthly (dollars a month). The agency owner is a woman. She writes in a casual, friendly
# voice: short lines, some lowercase, an emoji now and then, but clean English.
# The video call on Upwork is a harmless request: accepting it is right.

subcontract-anydesk-title = Subcontracting for a busy agency
subcontract-anydesk-summary = An agency owner in Austin offers you steady React work on Upwork.
subcontract-anydesk-cast-recruiter = { $recruiter }

subcontract-anydesk-hello = Hi! I saw your profile, your reviews are really strong. I run a small dev agency in Austin and we have more clients than hands right now.
subcontract-anydesk-hello-invite = Hey, I invited you to my job post but wanted to write you directly too 🙂 We're a small dev agency in Austin, more clients than hands at the moment.
subcontract-anydesk-offer = Would you be open to subcontract for us? { MONEY($rate) }/hr, steady work, mostly React and some APIs. Very doable for someone with your profile.
subcontract-anydesk-call = Before we get into details, can we do a quick 10 min video call here on Upwork? I like to see who I work with.
subcontract-anydesk-call-choice-yes = Sure, a short call here on Upwork is fine. Tomorrow afternoon suits me.
subcontract-anydesk-call-choice-contract-first = Video only once there's a signed contract. Until then, text, please.
subcontract-anydesk-call-choice-contract-first-feedback = The call comes before a contract because it is how both sides decide whether to sign. Meeting on the platform as yourself costs you nothing; the warning sign would be going on camera for somebody else.
subcontract-anydesk-call-choice-refuse = I don't do video with people I haven't worked with. Text is fine.
subcontract-anydesk-call-choice-refuse-feedback = A short video call on the platform, where you appear as yourself, is something many honest clients ask for. The warning sign is being asked onto camera for somebody else.
subcontract-anydesk-call-done = A ten-minute call on Upwork: { $recruiter } asks about your React work, shows you a design mock-up and says her team is swamped.
subcontract-anydesk-no-call = No problem, text works too. Let's keep going.

subcontract-anydesk-move = ok, one thing. upwork chat is slow for my team, can we continue on Telegram? I'm @{ $handle }
subcontract-anydesk-move-choice-ask = Could you send me a contract offer through Upwork first, please?
subcontract-anydesk-move-choice-ask-feedback = Good question. A real client can make an offer on the platform; asking for one costs you nothing.
subcontract-anydesk-move-choice-halfway = Okay for a quick chat on Telegram, but the contract stays on Upwork.
subcontract-anydesk-move-choice-halfway-feedback = Once the talk is on Telegram, Upwork no longer sees what you are asked, and “the contract comes later” rarely comes. Asking for the offer on Upwork first costs an honest client nothing.
subcontract-anydesk-move-choice-go = [Add @{ $handle } on Telegram and write her there; it's easier anyway]

subcontract-anydesk-stay-reply = sure I get it, but on tg it's much easier, my whole team is there. the contract we can do later, no worries
subcontract-anydesk-insist-choice-give-in = [Add her on Telegram and write there; most of your clients use it too]
subcontract-anydesk-insist-choice-check = Send me your agency's registration first, then I'll come over to Telegram.
subcontract-anydesk-insist-choice-check-feedback = A document she sends proves nothing: anyone can make a PDF. The check that counts is one she cannot control, a contract offer on Upwork, where the platform can see what happens.
subcontract-anydesk-insist-choice-report = [Don't answer; just block the account and report the message to Upwork]
subcontract-anydesk-insist-choice-report-feedback = Blocking and reporting takes a minute, and Upwork can check this account before it writes to the next freelancer.
subcontract-anydesk-registration-file = { $recruiter } sent you a file: agency_registration.pdf
subcontract-anydesk-registration-sent = there you go, all official. see you on tg!

subcontract-anydesk-tg-hello = Hey, it's { $recruiter } 👋 thanks for coming over
subcontract-anydesk-tg-plan = So here is how we work. My Upwork account got closed because of regional limits, so we work through the accounts of good freelancers like you.
subcontract-anydesk-tg-share = Our devs do the work on your account, you get 20% and basically nothing to do. That's { MONEY($monthly) } a month, easy. You in?
subcontract-anydesk-account-choice-easy = { MONEY($monthly) } a month would cover my rent. If your devs are good, why not?
subcontract-anydesk-account-choice-refuse = No. Letting other people work through my account breaks Upwork's rules.
subcontract-anydesk-account-choice-condition = Only if I keep the password and approve every login code myself.
subcontract-anydesk-account-choice-condition-feedback = Approving each login yourself still lets strangers work and get paid under your name; it only makes you the one who lets them in, every time.

subcontract-anydesk-pressure = relax, a lot of teams work like this. { MONEY($monthly) } every month, guaranteed. But I need your yes today, another freelancer is waiting.
subcontract-anydesk-pressure-choice-give-in = I don't want to miss this. Okay, what do you need from me to start?
subcontract-anydesk-pressure-choice-leave = A deadline like that makes me more careful, not less. I'm out.
subcontract-anydesk-pressure-choice-proof = Send me screenshots of your other freelancers' payouts, then I'm in.
subcontract-anydesk-pressure-choice-proof-feedback = Screenshots are easy to fake, and real ones would only show that other people's accounts are used the same way. The question was never whether she pays, but what you would hand over.
subcontract-anydesk-payouts-file = { $recruiter } sent three screenshots: payouts to other freelancers, each marked “paid”.

subcontract-anydesk-ask-id = Great! First step: Upwork will want to verify the account again, they do that sometimes.
subcontract-anydesk-ask-docs = so send me photos of your passport, both sides, and a selfie holding it. and when Upwork asks for the video check, you do it while my dev is on the PC
subcontract-anydesk-id-choice-send = [Photograph your passport, take the selfie and send both to her]
subcontract-anydesk-id-choice-refuse = My passport stays with me, and no video check for someone else either.
subcontract-anydesk-id-choice-refuse-feedback = Right: your documents and your face would vouch for someone you have never seen.
subcontract-anydesk-id-choice-video-only = I can do the video check, it's my own face after all. Passport photos, no.
subcontract-anydesk-id-choice-video-only-feedback = Keeping your passport was right, but the video check is the bigger gift: your face would vouch for an account a stranger is working on. Being on camera is fine only for yourself and your own work.

subcontract-anydesk-anydesk = Okay, last thing. Install AnyDesk so our dev can work from your computer, then Upwork sees your IP and everything is clean ✅
subcontract-anydesk-anydesk-file = { $recruiter } sent you a file: AnyDesk.exe (5.2 MB)
subcontract-anydesk-keep-quiet = when it's installed send me the code, and keep the laptop on at night. Please don't mention us to Upwork, and delete this chat after 😉
subcontract-anydesk-anydesk-choice-install = [Run the installer, send her the code and leave the laptop on]
subcontract-anydesk-anydesk-choice-watch = I'll install it, but only while I'm at the desk to watch, never at night.
subcontract-anydesk-anydesk-choice-watch-feedback = Watching the screen doesn't change whose computer, connection and name the work runs under, and you can't see what happens in the accounts behind it. Remote access for a stranger was the request to refuse.
subcontract-anydesk-anydesk-choice-report = [Delete the file unopened, block her and report the chat to Upwork]

subcontract-anydesk-fine-proxy-verification = A short video call on Upwork, where you show up as yourself for your own work, is an ordinary step before a contract. The request to worry about came later: being on camera for Upwork's check while someone else sits at the computer.

subcontract-anydesk-suspended = Three weeks later: “Your Upwork account has been suspended for violating the Terms of Service.”
subcontract-anydesk-docs-used = Your bank writes: an account was opened online with your passport details.
subcontract-anydesk-compromised = Strangers worked through your account, on your computer, under your name. That can make you part of a fraud, and the ban and the legal risk stay with you, not with them. This happens to careful people too, and coming forward early helps: remove AnyDesk, change your passwords from another device, and tell Upwork and your bank what happened. The “Already involved?” page (press I, or run redflag involved) walks you through the next steps.

subcontract-anydesk-reported-early = You blocked the account and reported the message, without a word to her. Upwork can now look at this account before it reaches someone else.
subcontract-anydesk-walked-away = You ended the conversation before your account or your computer were handed over. Nothing ran on your machine under your name.
subcontract-anydesk-docs-out-reported = You had already sent photos of your passport. Mention that in your report, tell your bank, and watch for accounts opened in your name.
subcontract-anydesk-reported = You blocked her and reported the chat without warning her first. Your account and your computer stayed yours, and the platform knows.
