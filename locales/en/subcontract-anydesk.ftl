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
subcontract-anydesk-call-choice-yes = Sure, a short call here on Upwork is fine. When suits you?
subcontract-anydesk-call-choice-time = Happy to. I'm free tomorrow afternoon, send me the invite.
subcontract-anydesk-call-choice-refuse = I don't do video with people I haven't worked with. Text is fine.
subcontract-anydesk-call-choice-refuse-feedback = A short video call on the platform, where you appear as yourself, is something many honest clients ask for. The warning sign is being asked onto camera for somebody else.
subcontract-anydesk-call-done = A ten-minute call on Upwork: { $recruiter } asks about your React work, shows you a design mock-up and says her team is swamped.
subcontract-anydesk-no-call = No problem, text works too. Let's keep going.

subcontract-anydesk-move = ok, one thing. upwork chat is slow for my team, can we continue on Telegram? I'm @{ $handle }
subcontract-anydesk-move-choice-stay = I'd rather keep talking here on Upwork until there's a contract.
subcontract-anydesk-move-choice-ask = Could you send me a contract offer through Upwork first, please?
subcontract-anydesk-move-choice-ask-feedback = Good question. A real client can make an offer on the platform; asking for one costs you nothing.
subcontract-anydesk-move-choice-go = Sure, I'm on Telegram all day anyway, so that's easier. Writing you now.

subcontract-anydesk-stay-reply = sure I get it, but on tg it's much easier, my whole team is there. the contract we can do later, no worries
subcontract-anydesk-insist-choice-give-in = Fair enough, half of my clients use Telegram too. I'll write you there.
subcontract-anydesk-insist-choice-decline = Then I'll pass. Thanks anyway, and good luck with the project!
subcontract-anydesk-insist-choice-report = [Don't reply; block the account and report the message to Upwork]
subcontract-anydesk-insist-choice-report-feedback = Blocking and reporting takes a minute, and Upwork can check this account before it writes to the next freelancer.

subcontract-anydesk-tg-hello = Hey, it's { $recruiter } 👋 thanks for coming over
subcontract-anydesk-tg-plan = So here is how we work. My Upwork account got closed because of regional limits, so we work through the accounts of good freelancers like you.
subcontract-anydesk-tg-share = Our devs do the work on your account, you get 20% and basically nothing to do. That's { MONEY($monthly) } a month, easy. You in?
subcontract-anydesk-account-choice-easy = { MONEY($monthly) } a month would cover my rent. If your devs are good, why not?
subcontract-anydesk-account-choice-refuse = No. Letting other people work through my account breaks Upwork's rules.
subcontract-anydesk-account-choice-who = Wait, who exactly would be logging in to Upwork under my name?
subcontract-anydesk-account-choice-who-feedback = Asking who would act in your name is exactly right: the honest answer here would be “a stranger”.

subcontract-anydesk-pressure = relax, a lot of teams work like this. { MONEY($monthly) } every month, guaranteed. But I need your yes today, another freelancer is waiting.
subcontract-anydesk-pressure-choice-give-in = I don't want to miss this. Okay, what do you need from me to start?
subcontract-anydesk-pressure-choice-leave = A deadline like that makes me more careful, not less. I'm out.
subcontract-anydesk-pressure-choice-report = [Leave the chat, block her and report the account to Upwork]

subcontract-anydesk-ask-id = Great! First step: Upwork will want to verify the account again, they do that sometimes.
subcontract-anydesk-ask-docs = so send me photos of your passport, both sides, and a selfie holding it. and when Upwork asks for the video check, you do it while my dev is on the PC
subcontract-anydesk-id-choice-send = [Photograph your passport, take the selfie and send both to her]
subcontract-anydesk-id-choice-refuse = My passport stays with me, and I won't do a video check for someone else.
subcontract-anydesk-id-choice-refuse-feedback = Right: your documents and your face would vouch for someone you have never seen.
subcontract-anydesk-id-choice-report = [Send nothing. Block her on Telegram and report her profile to Upwork]

subcontract-anydesk-anydesk = Okay, last thing. Install AnyDesk so our dev can work from your computer, then Upwork sees your IP and everything is clean ✅
subcontract-anydesk-anydesk-file = { $recruiter } sent you a file: AnyDesk.exe (5.2 MB)
subcontract-anydesk-keep-quiet = when it's installed send me the code, and keep the laptop on at night. Please don't mention us to Upwork, and delete this chat after 😉
subcontract-anydesk-anydesk-choice-install = [Run the installer, send her the AnyDesk code and leave the laptop on]
subcontract-anydesk-anydesk-choice-refuse = Control of my PC? No way. I'm reporting you to Upwork and the police.
subcontract-anydesk-anydesk-choice-refuse-feedback = Saying no was right. Announcing the report was not needed: it warns someone who may hold your details and gives them time to cover their tracks. Block first, then report quietly.
subcontract-anydesk-anydesk-choice-report = [Delete the file unopened, block her and report the chat to Upwork]

subcontract-anydesk-fine-proxy-verification = A short video call on Upwork, where you show up as yourself for your own work, is an ordinary step before a contract. The request to worry about came later: being on camera for Upwork's check while someone else sits at the computer.

subcontract-anydesk-suspended = Three weeks later: “Your Upwork account has been suspended for violating the Terms of Service.”
subcontract-anydesk-docs-used = Your bank writes: an account was opened online with your passport details.
subcontract-anydesk-compromised = Strangers worked through your account, on your computer, under your name. That can make you part of a fraud, and the ban and the legal risk stay with you, not with them. This happens to careful people too, and coming forward early helps: remove AnyDesk, change your passwords from another device, and tell Upwork and your bank what happened. The “Already involved?” page (press I, or run redflag involved) walks you through the next steps.

subcontract-anydesk-walked-away-early = You kept the conversation on Upwork and walked away when she would not. The platform's protection stayed with you the whole time.
subcontract-anydesk-reported-early = You blocked the account and reported the message, without a word to her. Upwork can now look at this account before it reaches someone else.
subcontract-anydesk-docs-out-left = You had already sent photos of your passport. Tell your bank, and watch for accounts opened in your name.
subcontract-anydesk-walked-away = You ended the conversation before your account or your computer were handed over. Nothing ran on your machine under your name.
subcontract-anydesk-docs-out-reported = You had already sent photos of your passport. Mention that in your report, tell your bank, and watch for accounts opened in your name.
subcontract-anydesk-reported = You blocked her and reported the chat without warning her first. Your account and your computer stayed yours, and the platform knows.
