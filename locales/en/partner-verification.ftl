# Scenario “partner-verification”: a LinkedIn recruiter wants you to pass the identity check
# and video interview for an overseas “partner”, then approve his logins every morning.
# Variables: $recruiter (a name), $handle (a Telegram handle), $sector (fintech, health or
# logistics), $monthly (dollars a month). The recruiter starts polished on LinkedIn and gets
# more casual on Telegram, with small typos and emoji.

partner-verification-title = Just the interview
partner-verification-summary = A recruiter on LinkedIn has a well-paid role that needs only a little of your time.
partner-verification-cast-recruiter = { $recruiter }

partner-verification-li-hello = Hi! I'm { $recruiter }, talent partner at Corvale Talent. We place remote engineers with US companies, and your profile stood out to me.
partner-verification-li-offer = I have an unusual but very well-paid opportunity with a US { $sector ->
    [fintech] fintech start-up
    [health] health-tech company
   *[logistics] logistics software company
}: { MONEY($monthly) } a month, and it needs only a few hours of your time in total.
partner-verification-li-move = LinkedIn messages are limited on my plan, so let's continue on Telegram? I'm @{ $handle } there 🙂

partner-verification-move-choice-stay = Thanks! I'd prefer to keep talking here on LinkedIn for now.
partner-verification-move-choice-ask = Could you send me the job post and the company page here first?
partner-verification-move-choice-ask-feedback = A fair request. A real recruiter can show you the role and the company where the conversation started.
partner-verification-move-choice-go = Sure, I'll message you on Telegram.

partner-verification-stay-reply = Totally understand! I can only share the details under NDA on Telegram, it's our company policy 😊 it's really worth 5 minutes
partner-verification-insist-choice-give-in = Okay, I'll message you there.
partner-verification-insist-choice-decline = If the details can't be shared here, I'll pass. Thanks anyway.
partner-verification-insist-choice-report = I'll pass, and I'm reporting this message to LinkedIn.
partner-verification-insist-choice-report-feedback = Reporting a message takes a minute and helps LinkedIn spot accounts that approach many people the same way.

partner-verification-tg-hello = hey, { $recruiter } here 👋 thanks for coming over!
partner-verification-tg-client = so the client is a US { $sector ->
    [fintech] fintech
    [health] health-tech
   *[logistics] logistics software
} company. they hire remote devs through an onboarding platform, but it only accepts people based in the US or Europe
partner-verification-tg-partner = my partner is a senior dev from overseas, honestly brilliant, 10 yrs experience. but the platform rejects his region, so he cant even get to the interview 😕
partner-verification-tg-role = so here is the idea: you pass the identity check and a short video interview as the candidate. after that he does all the actual work. you get { MONEY($monthly) } every month for that
partner-verification-proxy-choice-easy = So I just do the interview and get paid every month? Okay, I'm in.
partner-verification-proxy-choice-refuse = I won't pretend to be the candidate for someone else.
partner-verification-proxy-choice-who = So the company thinks they hired me, but someone else does the work?
partner-verification-proxy-choice-who-feedback = Exactly. Your face and documents would vouch for a person the company never sees, and you couldn't see him either.

partner-verification-pitch = its a win-win! the client gets great code, you get money, my partner gets a chance. nobody is harmed ✌️
partner-verification-pitch-short = its one interview, 20 minutes. I send you the answers before, you just be friendly
partner-verification-pitch-hurry = but I need to know today, the interview slot is tomorrow morning and I have 2 other candidates
partner-verification-pitch-choice-give-in = Okay, okay. What do you need from me?
partner-verification-pitch-choice-leave = A deadline on something like this makes me more careful. I'm out.
partner-verification-pitch-choice-report = No. I'm blocking you and reporting this to LinkedIn.

partner-verification-docs = great 🙌 first step: send me a scan of your passport or ID card, and a selfie holding it. I fill in the onboarding forms for you, saves you time
partner-verification-docs-why = also your address and date of birth pls, the US company needs it for the contract
partner-verification-docs-choice-send = Okay, sending the scans and my details.
partner-verification-docs-choice-refuse = I'm not sending my documents to anyone over chat.
partner-verification-docs-choice-refuse-feedback = Right. Identity checks happen in a company's or platform's own process, for your own job. Scans sent over chat can open accounts in your name.
partner-verification-docs-choice-report = This is identity fraud. I'm ending this and reporting you.
partner-verification-docs-refused = ok no problem, then you upload them yourself in the onboarding link I send, same thing 👍

partner-verification-interview = the interview is tomorrow, 20 min video with their HR. camera on, real name, your real face, thats all they check
partner-verification-script = { $recruiter } sent you a file: interview_answers.pdf
partner-verification-script-read = just read from this, keep it next to the camera. my partner listens in the call and sends you answers in chat if they ask something technical
partner-verification-own-cv = they will ask about your past jobs. just tell your real experience, we use your CV anyway 😉
partner-verification-own-cv-after = after the interview you will never talk to them again, my partner takes over from day one
partner-verification-interview-choice-do-it = Fine. I'll do the interview tomorrow.
partner-verification-interview-choice-refuse = I won't sit an interview for a job someone else will do. I'm out.
partner-verification-interview-choice-report = No. I'm reporting this to LinkedIn and to the police.
partner-verification-interview-choice-report-feedback = Good. Helpers who attend interviews for others are exactly what the FBI has warned about; a report helps stop the next attempt.

partner-verification-onboarded = Two weeks later: the company sends a welcome email. A work account has been set up in your name.
partner-verification-congrats = congrats!! 🎉 you are hired. first { MONEY($monthly) } at end of month
partner-verification-mfa = one small thing: the company login needs approval on the phone of the employee. thats you 😄 so every morning around 8 my partner logs in and you just tap Approve
partner-verification-mfa-easy = takes 2 seconds. easiest money of your life
partner-verification-mfa-prompt = Sign-in request: approve the sign-in to your work account?
partner-verification-mfa-choice-approve = Done, approved ✅
partner-verification-mfa-choice-deny = I denied it. I'm not doing this any more.
partner-verification-mfa-choice-tell = I denied it, and I'm telling the company's security team that someone else logs in as me.
partner-verification-mfa-choice-tell-feedback = That's the strongest move. The company can cut off the access, and you have shown that you are stepping out of it.

partner-verification-discovered = Three months later, the company's legal team writes: the person working under your name is not you. They have handed the case to the authorities.
partner-verification-docs-used = Your bank writes: an account was opened online with your passport details.
partner-verification-compromised = Your name, your face and your phone let someone you never met into a US company. Every login you approved was recorded as yours. People who helped such schemes have been prosecuted: Matthew Knoot faced charges carrying up to 20 years. Many people are talked into this; what matters now is to act. Stop approving logins, tell the company and your bank, and report it to the police. Keep this chat: it shows who asked you to do what.

partner-verification-walked-away-early = You kept the conversation on LinkedIn and left when the recruiter would not. You never had to hear the rest.
partner-verification-reported-early = You left and reported the message. LinkedIn can now look at this account before it writes to someone else.
partner-verification-walked-away = You stepped out before your face or your name vouched for anyone else. Nobody got a job as you.
partner-verification-reported = You stepped out and reported it. Your identity stayed yours, and the people who can stop this know about it.
partner-verification-walked-away-late = You stopped approving, so the morning logins no longer go through your phone. The company still believes it hired you, though: tell them that the person working under your name is not you. That protects you, and them.
partner-verification-reported-late = You cut off the access and told the company the truth. That protects you far better than silence. If you sent documents or details earlier, tell your bank too and report it to the police.
