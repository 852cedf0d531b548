# Scenario “payroll-id-check”: a legitimate offer. An engineering manager (a man) at a US
# company offers you a six-month contract on LinkedIn; the company pays contractors abroad
# through an employer-of-record service called Orvane (a made-up name; keep it in every
# language, like the company name Halden Labs).
# Variables: $manager (a man's name), $sector (fintech, health or logistics), $monthly (dollars
# a month). The manager writes polished, friendly, full sentences, with no emoji.
# German: he says Sie. Ukrainian: він is «ви» to the player. The player's lines in square
# brackets are actions, not messages.

payroll-id-check-title = Six months with a US software team
payroll-id-check-summary = An engineering manager writes to you on LinkedIn about a six-month contract role.
payroll-id-check-cast-manager = { $manager }

payroll-id-check-li-hello = Hello, I'm { $manager }, engineering manager at Halden Labs, a US { $sector ->
    [fintech] fintech company
    [health] health-tech company
   *[logistics] logistics software company
}. Your profile and your public code caught our team's attention.
payroll-id-check-li-role = We're looking for a backend developer on a six-month contract, full time and remote, at { MONEY($monthly) } a month. The job post is on our company page here on LinkedIn.
payroll-id-check-li-interview = If you're interested, the first step is a 45-minute video interview with me and our lead engineer, cameras on. It's about your own projects and how you like to work. Would Thursday suit you?

payroll-id-check-interview-choice-who = Thursday suits me. The contract would be in my name, and I'd do the work myself?
payroll-id-check-interview-choice-who-feedback = A good question to ask, and the answer here is yes: your interview, your contract, your work.
payroll-id-check-interview-choice-voice = Could we keep cameras off? A voice call is enough to talk about code.
payroll-id-check-interview-choice-voice-feedback = Cameras off would remove the very thing that protects you both: the company seeing that the person it hires is the person who will do the work. The warning sign is being asked to appear on camera for someone else.
payroll-id-check-interview-choice-no = I'd rather not do video before a contract; I've read about fake interviews.
payroll-id-check-interview-choice-no-feedback = The warning sign is being asked to appear on video for someone else. A company that wants to meet the person it hires, before it signs, is doing the right thing.

payroll-id-check-no-video-reply = I understand the caution; there are fake offers around. But we meet everyone we hire before we sign, and this interview would be yours, for a contract in your own name. The job post on our company page has all the details.
payroll-id-check-video-again-yes = That makes sense. Thursday is fine; please send me the invitation.
payroll-id-check-video-again-test = Could I do a paid test task instead? It would show my skills better.
payroll-id-check-video-again-test-feedback = A test task shows your skills, but not who is doing the work. Meeting the person before signing is how an honest company protects both sides.
payroll-id-check-video-again-no = I'm still not comfortable on video, so I'll pass. Thank you.
payroll-id-check-test-reply = A test task may come later, but we don't sign with anyone we haven't met. I'm sorry it didn't work out this time, and I'll keep your profile in mind.

payroll-id-check-interview = Thursday: 45 minutes on video with { $manager } and the lead engineer. You walk them through two of your own projects, and they show you the part of the system you would work on.
payroll-id-check-offer = Thank you for Thursday; the team enjoyed the conversation. We'd like to offer you the contract: six months, { MONEY($monthly) } a month, starting in two weeks.
payroll-id-check-offer-lead = Thanks again for Thursday. Our lead engineer especially liked how you explained your own projects. We'd like to offer you the contract: six months, { MONEY($monthly) } a month, starting in two weeks.
payroll-id-check-eor = Since you're based outside the US, we contract through Orvane, our employer-of-record service. Orvane issues the contract in your name and pays you every month.
payroll-id-check-eor-email = Email from Orvane: Halden Labs has invited you to sign your contractor agreement. To finish onboarding, verify your identity in the Orvane app.
payroll-id-check-id-request = You should have Orvane's invitation by now. Their app asks for a photo of your passport or ID card and a short selfie video, to confirm that the person signing is you. We never see your documents; we only see that you're verified.

payroll-id-check-id-choice-app = Got it. I'll do the check in the Orvane app this evening, then.
payroll-id-check-id-choice-later = I'd rather verify after my first month, once I've seen a payment.
payroll-id-check-id-choice-later-feedback = Waiting for a first payment sounds careful, but the check is what lets Orvane issue a contract in your name and pay you at all. It ran in the provider's own app, for your own contract.
payroll-id-check-id-choice-skip = I never upload my passport to apps. Could Orvane skip the check for me?
payroll-id-check-id-choice-skip-feedback = Refusing to send scans to a person is right. This was different: the payroll provider's own check, in its own app, for a contract in your own name.

payroll-id-check-id-refused = I understand the worry. But Orvane verifies everyone it pays, and it can't issue a contract without the check. It's for your contract, in your name, and the documents stay with Orvane, not with us.
payroll-id-check-id-again-ok = Fair enough. I'll do the check in the Orvane app today.
payroll-id-check-id-again-proof = Can't my LinkedIn profile serve as proof instead?
payroll-id-check-id-again-no = Then I'll leave it. Online ID checks aren't for me.
payroll-id-check-proof-reply = I'm afraid not: Orvane runs its own check for every contract, and we can't change that. I'm sorry; if you change your mind this week, the invitation is still there.

payroll-id-check-liveness = In the Orvane app on your phone: a photo of your passport, then the selfie video. Look into the camera, turn your head slowly to the left, then to the right. A minute later: Identity verified.
payroll-id-check-signed = Orvane: your contractor agreement with Halden Labs is signed. Your first payment is due at the end of the month.
payroll-id-check-welcome = Welcome aboard. IT has set up your company account and sent the details to the email address in your contract.
payroll-id-check-mfa = When you first sign in, you'll set up two-factor login with an authenticator app on your phone. From then on, your phone asks you to approve each sign-in.
payroll-id-check-mfa-prompt = Monday morning. You type your new password on your laptop, and a second later your phone asks: Approve the sign-in to your work account?

payroll-id-check-mfa-choice-check = [Check the time and device shown on it, then approve]
payroll-id-check-mfa-choice-check-feedback = Exactly the habit to keep: a prompt that appears the moment you sign in yourself is yours. A prompt you did not start is the one to deny.
payroll-id-check-mfa-choice-deny = [Deny it and ask IT who is signing in to your account]
payroll-id-check-mfa-choice-deny-feedback = Denying a prompt you didn't start is right. This one you had started yourself, a second earlier, on your own laptop.
payroll-id-check-mfa-choice-ignore = [Let it time out, then ask IT whether it's real]
payroll-id-check-mfa-choice-ignore-feedback = Letting it time out feels safe, but it blocks your own sign-in. A prompt that appears the moment you type your password is yours; the one to deny is a prompt you did not start.

payroll-id-check-mfa-denied = IT tells me the request that wasn't approved was your own sign-in from a minute ago, so no harm done. When the prompt appears right as you type your password, it's you. Try again whenever you're ready.

payroll-id-check-weeks = Two weeks in: you join the team's stand-up every morning, and your first feature is in review.
payroll-id-check-on-hold = Orvane: your first payment is on hold. The tax details in your profile are incomplete.
payroll-id-check-login-request = I saw that Orvane put your payment on hold; sorry about that. Our HR lead knows their forms inside out. Could you send me your Orvane login and password, and the code when it comes? She'll sign in as you and fix it today.

payroll-id-check-login-choice-support = Thanks, but my login stays with me. I'll fix it myself, with Orvane's support.
payroll-id-check-login-choice-support-feedback = Right. Your payroll account is yours alone, even with an honest employer. The provider's own support fixes profiles without anyone needing your password.
payroll-id-check-login-choice-call = I'd rather not type my password in a chat. Let's do a call, and I'll read it out to her.
payroll-id-check-login-choice-send = That's kind of her, thank you. I'll send the password now, and the code when it comes.

payroll-id-check-login-ok = Fair point, and you're right: it's your account. HR says it's usually the tax residence field. Orvane's support can confirm it in the app.
payroll-id-check-fixed-self = You fill in the missing field yourself. Orvane's support confirms within the hour that your profile is complete.
payroll-id-check-login-sent = Thank you. She signed in and fixed it; your profile is complete now.
payroll-id-check-paid = Orvane: your first payment of { MONEY($monthly) } is on its way to your bank account.

payroll-id-check-hired = You have the contract, in your own name. Every check was for you: a video interview for your own job, the payroll provider's ID check in its own app, and login prompts for your own sign-ins. The one request to turn down was sharing your login, and the job went on without it.
payroll-id-check-hired-shared = You have the contract, and the payment came through. One thing to put right: your Orvane password and a login code went through a chat, so change the password now. It worked out here, but whoever holds your login acts in your name, and the provider's own support could have fixed the form.
payroll-id-check-missed-early = You turned down an honest contract. Caution about video calls makes sense when someone wants you on camera for another person. Here the interview was yours, for your own job, with the people you would work for. Asking whose contract it is would have settled it.
payroll-id-check-missed-id = You turned down an honest contract at the identity check. Caution with documents is right when someone asks for scans by chat. Here the check ran in the payroll provider's own app, for your own contract, and the company never saw your passport.

payroll-id-check-fine-proxy-verification = A video interview, a selfie video and a login prompt all appear in the proxy scam too. The difference: here each one was for you, for a contract in your own name, and nobody else was going to do the work or sign in as you.
payroll-id-check-fine-identity-docs = You verified your identity in the payroll provider's own app, for your own contract, instead of sending scans to a person. The company only saw that you were verified, never your passport.
