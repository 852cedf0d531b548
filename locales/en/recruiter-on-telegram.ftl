# Scenario “recruiter-on-telegram”: an honest recruiter from a software agency, Larchwood
# Software, who moves from LinkedIn to Telegram or WhatsApp for scheduling.
# Variables: $recruiter (a woman's name: verbs and adjectives about her are feminine),
# $monthly (dollars a month), $weekday (tuesday or thursday, for a selector).
# Voice: casual, friendly, non-native English with small slips (a missing article, “client
# want”); never mocked. Some messages start lowercase, a few carry an emoji.

recruiter-on-telegram-title = A React role through a LinkedIn recruiter
recruiter-on-telegram-summary = A recruiter on LinkedIn has a six-month remote role with one of her agency's clients.
recruiter-on-telegram-cast-recruiter = { $recruiter }

recruiter-on-telegram-li-request = New message request on LinkedIn from { $recruiter }, recruiter at Larchwood Software.
recruiter-on-telegram-li-hello = Hi! I am { $recruiter }, recruiter at Larchwood Software. We are software agency, around 80 people, we build web apps for clients in Europe. I saw your React projects on GitHub, they look really solid.
recruiter-on-telegram-li-offer = We have role for six months with our client, a logistics company. Remote, full time, { MONEY($monthly) } per month. Contract is with Larchwood in your name, or through our employer-of-record if that is easier in your country. Are you open to talk?
recruiter-on-telegram-li-move = i check linkedin only few times a day 😅 for scheduling is easier on Telegram or WhatsApp. Which one you use? I write you there

recruiter-on-telegram-move-choice-check = Sure. I'll look Larchwood up myself first, then we switch.
recruiter-on-telegram-move-choice-check-feedback = Good habit: you check the company through its own site and its own contacts, not through anything she sent you. That is the check that counts.
recruiter-on-telegram-move-choice-stay = I'd prefer to keep this on LinkedIn for now, if that's okay.
recruiter-on-telegram-move-choice-stay-feedback = That's allowed, and she goes along with it. A messenger for scheduling is not the danger in itself: what matters is whether you know who she is, and whether the contract and pay keep their protection.

recruiter-on-telegram-move-choice-pass = Job talks on a messenger worry me. I'll pass, thanks.
recruiter-on-telegram-move-choice-pass-feedback = A messenger for scheduling is not the danger in itself. What counts is whether you can check who she is through channels she does not control, and whether the contract and pay stay in your own name. Here both were easy to find out.

recruiter-on-telegram-stay-reply = Sure, no problem, we continue here then.

recruiter-on-telegram-switchboard = You search for Larchwood Software yourself. Its own site lists the role on the careers page. You call the office number from its contact page, and the receptionist confirms that { $recruiter } works in their recruiting team.
recruiter-on-telegram-colleague = You search for Larchwood Software yourself and find the role on its careers page. You write to the general address on the site; a colleague answers from the company's domain: yes, { $recruiter } is one of their recruiters, and the role is open.

recruiter-on-telegram-msg-hello = hi, { $recruiter } from Larchwood here 👋 thanks for adding me!
recruiter-on-telegram-role = So about the role. Client is logistics company in the Netherlands, they build new app for their drivers. You would be in our team with two other Larchwood developers, React and a bit of Node.
recruiter-on-telegram-contract-how = Contract and pay go through Larchwood, or through our employer-of-record if you prefer. Every month to your own bank account, in your name.
recruiter-on-telegram-ask-video = Next step is video interview with our tech lead, 45 minutes, on { $weekday ->
    [tuesday] Tuesday
   *[other] Thursday
}. Camera on please, they like to see who they will work with. Later a short call with the client too.

recruiter-on-telegram-video-choice-invite = That's fine, camera on. Please send the invite from your work email.
recruiter-on-telegram-video-choice-invite-feedback = Good: an invitation from the company's own address ties the interview to the company you can check.
recruiter-on-telegram-video-choice-refuse = I'd rather not be on camera. Could we do it by chat instead?
recruiter-on-telegram-video-choice-refuse-feedback = Meeting on video as yourself, for a job you will do yourself, is normal. The warning sign is being asked to appear for someone else.

recruiter-on-telegram-video-choice-uneasy = Video interviews make me uneasy these days. I'll pass on this.
recruiter-on-telegram-video-choice-uneasy-feedback = Being careful with cameras is understandable, but this interview was with you, for work you would do yourself, at an agency you could check. The warning sign is being asked to appear for someone else.

recruiter-on-telegram-video-why = Hmm, for us video is standard, the client want to see the person who will really do the work. They hire you, not a CV. Can you do it like this?
recruiter-on-telegram-video-again-agree = Fair enough. Book the call and I'll be there.
recruiter-on-telegram-video-again-test = Could you send me a test task instead? No video, sorry.
recruiter-on-telegram-video-again-decline = Sorry, I don't do video calls for jobs. I'll pass.

recruiter-on-telegram-invite = A calendar invitation arrives from a Larchwood address: “Technical interview”, with their tech lead and { $recruiter }.
recruiter-on-telegram-interview = The interview: the tech lead asks about your own past projects, and you talk through a small task together. A week later comes a short call with the client's product manager.
recruiter-on-telegram-liked = The tech lead liked you a lot, and client call was good too. We want to make you an offer!
recruiter-on-telegram-ask-passport = For the contract HR needs copy of your passport. To speed things up you can just send a photo here, I forward it to them today 🙏

recruiter-on-telegram-docs-choice-send = Sure, sending it now. I'd like to start soon as well.
recruiter-on-telegram-docs-choice-portal = I'd rather upload it myself in HR's onboarding system.
recruiter-on-telegram-docs-choice-portal-feedback = Right. Even with an honest recruiter, a passport photo in a chat can end up anywhere. ID belongs only in the employer's or employer-of-record's own onboarding.
recruiter-on-telegram-docs-choice-email = Okay, but I'll send it to your work email instead of here.
recruiter-on-telegram-docs-choice-email-feedback = Better than the chat, but it still leaves a copy in someone's inbox. ID goes only into the employer's or employer-of-record's own onboarding, which you open yourself.

recruiter-on-telegram-docs-portal-reply = Yes of course, you are right, sorry! HR sends you the link to our onboarding system today, you upload it there.
recruiter-on-telegram-docs-sent-reply = got it, thank you! I pass it to HR
recruiter-on-telegram-hr-note = An email from Larchwood HR: “Thank you. Please upload your passport in our onboarding system only; we have asked { $recruiter } to delete the copy she received.”

recruiter-on-telegram-onboarding = An invitation to Larchwood's onboarding system arrives by email. You upload your ID there yourself, and read the contract: your name, six months, { MONEY($monthly) } a month, paid to your own bank account.
recruiter-on-telegram-nda = one more thing: the contract has an NDA. So please don't post the client's name or their code on LinkedIn or GitHub. Saying you work for Larchwood is fine of course

recruiter-on-telegram-nda-choice-accept = Understood. I'll mention Larchwood, not the client.
recruiter-on-telegram-nda-choice-ask = Fine. It covers the client's code, not my pay or taxes?
recruiter-on-telegram-nda-choice-ask-feedback = A good thing to pin down. An NDA about a client's code is normal; one that hides the arrangement itself from your bank or the authorities would not be.
recruiter-on-telegram-nda-choice-refuse = Secrecy clauses worry me. I won't sign any NDA here.
recruiter-on-telegram-nda-choice-refuse-feedback = An NDA that protects a client's code and data is a normal part of a contract. The warning sign is being told to hide the arrangement itself, from the platform, your bank or the authorities.

recruiter-on-telegram-nda-ask-reply = yes exactly, only the client's code and data. Your contract, pay and taxes you can show to anyone you need.
recruiter-on-telegram-nda-refused = I understand, but without NDA the client cannot give access to code. If you want, show the contract to a lawyer, the offer stays open until Friday.

recruiter-on-telegram-paid = End of the month: your first salary, { MONEY($monthly) }, arrives in your own bank account, paid under your contract.
recruiter-on-telegram-congrats = first month done! 🎉 Tech lead says you already fixed the routing bug that everyone hated
recruiter-on-telegram-docs-note = One thing to keep in mind: a photo of your passport also went out by chat or email. This company was honest and deleted it; next time, keep ID for the official onboarding only.

recruiter-on-telegram-hired = You got the job, as yourself. The move to a messenger was only for scheduling, the agency could be checked through its own site and contacts, the contract and pay were in your own name, and your passport belonged only in the official onboarding.
recruiter-on-telegram-missed-move = You passed on a real job. A recruiter who moves to a messenger is worth a second look, and here that look was easy: the agency's own site, its own switchboard, and a contract in your own name. Check first, then decide.
recruiter-on-telegram-missed-video = You passed on a real job. Caution on camera is understandable; here, though, the interview was with you, for work you would do yourself, at an agency you could check. The warning sign is being asked to appear for someone else.
recruiter-on-telegram-missed-nda = You passed on a real job over an ordinary NDA. Caution is good, and next time it may help to ask what exactly the NDA covers: the client's code is normal, while hiding the arrangement from your bank or the authorities is not.

recruiter-on-telegram-fine-off-platform = Moving to Telegram or WhatsApp to schedule was fine here. The agency could be checked through its own site and switchboard, which she did not control, and the contract and pay stayed with Larchwood, in your own name.
recruiter-on-telegram-fine-proxy-verification = The video interview was fine: you appeared as yourself, for a job you would do yourself. The warning sign is being asked to appear, or pass a check, for someone else.
recruiter-on-telegram-fine-secrecy = The NDA was fine: it protected the client's code, sat in your own contract, and hid nothing from you, your bank or the tax office. The warning sign is being asked to hide the arrangement itself.
