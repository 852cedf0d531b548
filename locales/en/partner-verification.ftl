# Scenario “partner-verification”: a LinkedIn recruiter wants you to pass the identity check
# and video interview for an overseas “partner”, then approve his logins every morning. Her
# first request (your CV or portfolio, on LinkedIn) is harmless.
# Variables: $recruiter (a woman's name: she/her), $handle (a Telegram handle), $sector
# (fintech, health or logistics), $monthly (dollars a month).
# Voice: polished. The recruiter writes friendly, clean, professional English from start to
# finish, on LinkedIn and on Telegram alike (one emoji in the whole scenario).
# Register: in German she says Sie, and the player answers with Sie; in Ukrainian ви both ways;
# in Vietnamese she says tôi/bạn and the player says mình/chị.

partner-verification-title = A remote role through a LinkedIn recruiter
partner-verification-summary = A recruiter writes to you on LinkedIn about a remote role with a US company.
partner-verification-cast-recruiter = { $recruiter }

partner-verification-li-hello = Hello, I'm { $recruiter }, a talent partner at Corvale Talent. We place remote engineers with US companies, and your profile caught my attention.
partner-verification-li-offer = I'm filling an unusual but very well-paid role with a US { $sector ->
    [fintech] fintech start-up
    [health] health-tech company
   *[logistics] logistics software company
}: { MONEY($monthly) } a month, for only a few hours of your time in total.
partner-verification-li-cv = Before I go into the details, could you send me your CV or a link to your portfolio here? I'd like to be sure it's a good fit before I take up more of your time.
partner-verification-cv-choice-send = Sure. Here's my portfolio link, and my CV is attached as a PDF.
partner-verification-cv-choice-company = Which company is it? Once I've checked them out, you'll get my CV.
partner-verification-cv-choice-company-feedback = Recruiters often name the client only later, and a CV is made to be shared: it opens nothing in your name. Making it wait on the company's name stalls a harmless step; keep your conditions for what comes later.
partner-verification-cv-choice-refuse = I'd rather not send my CV to someone I don't know yet. Details first?
partner-verification-cv-choice-refuse-feedback = Caution is good, but a CV or portfolio is made to be shared with recruiters, and she asked for it on LinkedIn itself. Save your refusals for what comes later.
partner-verification-cv-refused = Of course, I understand. Your public profile tells me enough for now.

partner-verification-li-move = My LinkedIn plan limits how many messages I can send, so shall we continue on Telegram? I'm @{ $handle } there.
partner-verification-move-choice-ask = Could you send me the job post and the company page here on LinkedIn first?
partner-verification-move-choice-ask-feedback = A fair request. A real recruiter can show you the role and the company where the conversation started.
partner-verification-move-choice-go = Sure, LinkedIn's message limits are a pain. I'll write to you on Telegram then.
partner-verification-move-choice-both = Fine, Telegram it is, but please send the job post here on LinkedIn too.
partner-verification-move-choice-both-feedback = Moving the chat is the step she was after, job post or not: from then on, LinkedIn sees nothing of what she asks. Keep the talk where it started until you have seen the role.

partner-verification-stay-reply = I understand completely. I can only share the client's details under an NDA on Telegram; that's our company policy. It really is worth five minutes of your time.
partner-verification-insist-choice-give-in = An NDA sounds professional enough. All right, I'll message you on Telegram.
partner-verification-insist-choice-listen = All right, I'll come over and listen, as long as I don't have to sign anything.
partner-verification-insist-choice-listen-feedback = Only listening still moves the talk to where she sets the rules and LinkedIn sees nothing. A role that can only be explained off the platform was the cue to stop.
partner-verification-insist-choice-report = [Block her on LinkedIn, then report her last message to LinkedIn as a possible scam]
partner-verification-insist-choice-report-feedback = Reporting a message takes a minute and helps LinkedIn spot accounts that approach many people the same way.

partner-verification-tg-client = Thank you for coming over. The client is a US { $sector ->
    [fintech] fintech
    [health] health-tech
   *[logistics] logistics software
} company that hires remote developers through an onboarding platform, and that platform only accepts people based in the US or Europe.
partner-verification-tg-partner = My partner is a senior developer from overseas with ten years of experience, and genuinely brilliant. The platform rejects his region, so he never even reaches the interview.
partner-verification-tg-role = So here is the idea: you pass the identity check and a short video interview as the candidate, and afterwards he does all the actual work. You receive { MONEY($monthly) } every month for that.
partner-verification-proxy-choice-easy = One interview, and a good developer finally gets a fair chance? Okay, I'm in.
partner-verification-proxy-choice-meet = Could I meet him on video first? If he's real, I'll do the interview.
partner-verification-proxy-choice-meet-feedback = Meeting him wouldn't change the deal: you would still pass the check and the interview as the candidate, and the company would still never see him. The request itself was the red flag, however likeable he turns out to be.
partner-verification-proxy-choice-who = So the company would think it hired me, while someone else does the work?
partner-verification-proxy-choice-who-feedback = Exactly. Your face and documents would vouch for a person the company never sees, and you couldn't see him either.
partner-verification-meet-promise = Of course. He'll join a short video call with you tonight, and you'll see for yourself how good he is.

partner-verification-pitch = I see it as a win for everyone: the client gets excellent code, you get a steady income, and my partner finally gets a fair chance. It's one twenty-minute interview, and I'll send you the answers in advance.
partner-verification-pitch-hurry = I do need your answer today, though. The interview slot is tomorrow morning, and I have two other candidates waiting.
partner-verification-pitch-choice-give-in = Two others are waiting, and the money would really help. What do you need?
partner-verification-pitch-choice-no-docs = All right, I'll do the interview, but I won't send you any of my documents.
partner-verification-pitch-choice-no-docs-feedback = Keeping your documents is good, but the interview is the part that counts: your face would vouch for someone the company never sees. The deadline was there to stop you thinking that through.
partner-verification-pitch-choice-report = [Block her on Telegram and report the chat to Telegram and LinkedIn]

partner-verification-docs = Wonderful. First step: please send me a scan of your passport or ID card and a selfie of you holding it. I'll fill in the onboarding forms for you, to save you time.
partner-verification-docs-why = I'll also need your home address and date of birth. The US company requires them for the contract.
partner-verification-docs-choice-send = You're filling in the forms anyway, so that saves time. Sending the scans.
partner-verification-docs-choice-refuse = Sorry, but I don't send ID scans or personal details over chat, contract or not.
partner-verification-docs-choice-refuse-feedback = Right. Identity checks happen in a company's or platform's own process, for your own job. Scans sent over chat can open accounts in your name.
partner-verification-docs-choice-upload = Send me the onboarding link instead; I'll upload my documents there myself.
partner-verification-docs-choice-upload-feedback = A link she sends leads wherever she wants: your documents would still go into someone else's onboarding, under your name. Verify yourself only in a platform's or an employer's own process, for your own job.
partner-verification-docs-refused = Of course. Then you'll upload them yourself through the onboarding link I send you; it comes to the same thing.

partner-verification-interview = The interview is tomorrow: twenty minutes on video with their HR team. Camera on, your real name and your real face; that's all they check.
partner-verification-script = { $recruiter } sent you a file: interview_answers.pdf
partner-verification-script-read = Please read from this and keep it next to your camera. My partner will listen in and send you answers in the chat if they ask anything technical.
partner-verification-own-cv = They'll ask about your previous jobs, so just describe your real experience; we're using your CV anyway. After the interview you'll never speak to them again, because my partner takes over from the first day.
partner-verification-interview-choice-do-it = It's my own face and my own CV, twenty minutes. Fine, I'll do it tomorrow.
partner-verification-interview-choice-warn = No, I won't. And I'm reporting you to LinkedIn and to the police.
partner-verification-interview-choice-warn-feedback = Saying no is right. Announcing the report first, though, gives her time to delete the account, and she may hold your details. Block first, keep the chat, and report without telling her.
partner-verification-interview-choice-report = [Say nothing more, block her, and report the chat to Telegram and LinkedIn]
partner-verification-interview-choice-report-feedback = Good. Helpers who sit interviews for others are exactly what the FBI has warned about; a quiet report helps stop the next attempt.
partner-verification-warned-reply = I would think that over. I still have your passport scan and your address, and it's your name on the application.

partner-verification-onboarded = Two weeks later: the company sends a welcome email. A work account has been set up in your name.
partner-verification-congrats = Congratulations, you're hired! 🎉 Your first { MONEY($monthly) } arrives at the end of the month.
partner-verification-mfa = One small thing: the company's login needs approval on the employee's phone, and the employee is you. Every morning around eight, my partner will sign in.
partner-verification-mfa-prompt = Sign-in request: approve the sign-in to your work account?
partner-verification-mfa-go = That prompt is him signing in right now. Please tap Approve; it takes two seconds a day, and I can't think of easier money.
partner-verification-mfa-choice-approve = A tap a day, and the first payment comes at the end of the month. [Tap Approve]
partner-verification-mfa-choice-week = Only this week, until he has a phone of his own set up. [Tap Approve]
partner-verification-mfa-choice-week-feedback = Even once is a login in your name for someone else, and the company's records show it as you. Deny it and tell the company: they can cut off the access.
partner-verification-mfa-choice-tell = [Tap Deny, block her, and tell the company's security team what happened]
partner-verification-mfa-choice-tell-feedback = That's the strongest move. The company can cut off the access, and you have shown that you are stepping out of it.

partner-verification-discovered = Three months later, the company's legal team writes: the person working under your name is not you. They have handed the case to the authorities.
partner-verification-docs-used = Your bank writes: an account was opened online with your passport details.
partner-verification-compromised = Your name, your face and your phone let someone you never met into a US company, and every login you approved was recorded as yours. That can make you part of a fraud, and the legal risk stays with you, even though you were talked into it. A person who was deceived is not the same as someone who knowingly ran such a set-up, and coming forward early helps: stop approving logins, tell the company and your bank, and keep this chat, because it shows who asked you to do what. The “Already involved?” page (press I) goes through the next steps.

partner-verification-reported-early = You blocked the account and reported the message. LinkedIn can now look at it before it writes to someone else.
partner-verification-reported = You blocked her and reported the chat, without warning her first. Your identity stayed yours, and the platforms that can stop this account know about it.
partner-verification-walked-away-warned = You stepped out before the interview, so nobody got a job as you. One thing to do differently: telling her about the report first gave her time to disappear with whatever she already had. Block first, keep the chat, then report quietly; if you sent documents, tell your bank as well.
partner-verification-reported-late = You cut off the access, blocked her and told the company the truth. That protects you far better than silence. If you sent documents or details earlier, tell your bank too.

partner-verification-fine-identity-docs = Sending a CV or a portfolio link to a recruiter, on the platform where she found you, is ordinary: both are made to be shared. The decisive difference came later: a passport scan, a selfie with it and your date of birth, sent over chat so that someone else could be onboarded as you.
