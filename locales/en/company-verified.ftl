# Scenario “company-verified”: an honest recruiter from an analytics company, Tidewell
# Analytics, finds the player on LinkedIn and hires through Upwork. It looks like a
# front-company scam (a polished website, an HR colleague happy to call), but a check through
# channels he does not control comes back clean. Harmless here: a video interview, an NDA in
# the Upwork offer, a tax form in the player's own Upwork settings. To decline while keeping the
# job: a first week of work before the Upwork contract exists, paid by direct bank transfer.
# “Tidewell Analytics” is invented for this story; keep the name in every language.
# Variables: $recruiter (a man's name: he/him; verbs about him are masculine), $rate (dollars an
# hour), $weekday (tuesday or thursday). The HR colleague who calls in one path is a woman.
# Voice: casual. He writes short, friendly lines, some starting lowercase, a few emoji, with
# the odd informal shortcut (“wanna”, “30h”). Never a caricature.
# Register: in German he says Sie and the player answers with Sie; in Ukrainian ви both ways;
# in Vietnamese he says mình and bạn, the player says mình and anh.
# Text in square brackets is the player's action, not a message.

company-verified-title = A React and D3 contract with an analytics company
company-verified-summary = A recruiter on LinkedIn has a four-month frontend contract, hired through Upwork.
company-verified-cast-recruiter = { $recruiter }

company-verified-li-request = New message request on LinkedIn from { $recruiter }, talent partner at Tidewell Analytics.
company-verified-li-hello = hey, { $recruiter } from Tidewell here 👋 we build sales dashboards for mid-size retailers. saw your D3 charts on GitHub, really clean stuff
company-verified-li-role = We need a frontend dev for 4 months, React and D3, around 30h a week, { MONEY($rate) } an hour. All our contractors work through Upwork, so contract and payments go there.
company-verified-li-site = If you wanna know who we are first: our website has everything, team page, clients, case studies. And my colleague from HR is happy to give you a call.

company-verified-verify-choice-register = [Look Tidewell up in a business register and contact it through what's listed there]
company-verified-verify-choice-register-feedback = Right. A business register, and a number or address you find there, are channels he does not control. His website, his team page and his HR colleague all are, and front companies come with all three.
company-verified-verify-choice-hr-call = A call with your HR colleague would settle it for me. Could she ring me tomorrow?
company-verified-verify-choice-hr-call-feedback = A call from his own colleague can only confirm his story: front companies come with an HR contact too. It turned out fine here, but the check that counts goes through a channel he does not control, such as a business register.
company-verified-verify-choice-site = [Browse the website he mentioned: team photos, case studies. Reply that you're interested]
company-verified-verify-choice-site-feedback = A polished website with team photos and case studies is exactly what front companies build: in June 2025 US authorities seized 21 such websites. Here the company was real, but the site alone could not have told you.

company-verified-check-switchboard = You search for Tidewell Analytics yourself. A business register lists it, registered nine years ago, with an office address and a phone number. You call that number; the receptionist puts you through to { $recruiter }, who laughs: good, you checked.
company-verified-check-email = You search for Tidewell Analytics yourself. A business register lists it, registered nine years ago, and its entry names the company's web domain. You write to the general address on that domain and ask about { $recruiter }. The office manager replies from the same domain: yes, he is their talent partner, and the role is open.
company-verified-checked-reply = thanks for checking us out, seriously. more people should do that. ok, next step!
company-verified-hr-call = Tidewell's HR colleague calls you the next day, friendly and well informed, and confirms everything { $recruiter } said. The number she calls from is the one on Tidewell's website.
company-verified-site-ok = great!! 🙌 then let's set up the interview

company-verified-interview = Next step is a video interview with our CTO and me, { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
}, 45 min. Cameras on please, we do that with every candidate. It's Google Meet, in your browser or the app, whatever you use.
company-verified-interview-choice-accept = { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
} works for me. Camera on, and I'll join from my browser.
company-verified-interview-choice-audio = Audio only, if that's okay? I don't do camera with people I don't know.
company-verified-interview-choice-audio-feedback = A video interview as yourself, before a contract, is how careful companies hire. The red flag is being asked to appear on video for someone else.
company-verified-interview-choice-contract-first = I only do interviews once the contract is on Upwork. Can we start there?
company-verified-interview-choice-contract-first-feedback = Companies meet people before they hire them, so asking for the contract first blocks a normal step. Meeting on video as yourself puts nothing at risk.

company-verified-not-before = hm, sorry, we never hire without meeting people first, that's kind of the point of the interview. maybe another time then
company-verified-missed-interview = { $recruiter } went with another candidate. Caution is good, but a video interview as yourself, before the contract, is how careful companies hire, and you had a way to check this one through channels he did not control. The request worth refusing would have come later: a first week of work outside the platform.
company-verified-interview-done = { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
}: 45 minutes on camera with { $recruiter } and Tidewell's CTO. You walk them through a dashboard you built, and the CTO asks sharp questions about drawing thousands of points fast. They promise the invite on Upwork.
company-verified-interview-audio = Ok, no camera then. I'll tell our CTO, he prefers video but fine.

company-verified-up-hello = Hi again, it's { $recruiter }! The job invite is here on Upwork, so we continue here.
company-verified-client-account = The invite comes from Tidewell's client account on Upwork: payment method verified, dozens of past contracts, and reviews from freelancers who worked with them.
company-verified-nda = Before we show you the client's data model: our standard NDA, covering the client's data and code. I'm attaching it to the Upwork offer, you sign it there.

company-verified-nda-choice-sign = [Read the NDA in the Upwork offer: the client's data and code only. Sign it there]
company-verified-nda-choice-paid-first = I'll sign it once my first week has been paid, not before. That's my rule.
company-verified-nda-choice-paid-first-feedback = An NDA comes before you see a client's data, not after a payment, so that condition blocks the job. This one covered the client's data and code, and sat in the Upwork offer for the platform to see.
company-verified-nda-choice-refuse = I don't sign NDAs for freelance work. My past projects are in my portfolio.
company-verified-nda-choice-refuse-feedback = An NDA for a client's data, attached to the contract on Upwork, is ordinary in contract work. Secrecy is a warning sign when you are asked to hide the arrangement itself from the platform.

company-verified-not-fit = Hmm. Honestly, without the camera and without the NDA I can't get you past our CTO. Sorry, I think we'll go with someone else.
company-verified-missed = Tidewell went with another candidate. Caution is good, but a video interview as yourself and an NDA attached to the Upwork contract are ordinary parts of real work, and refusing both made you hard to hire. The request worth refusing would have come later: a first week of work outside the platform.
company-verified-nda-public = Okay, then you start with public data only, and the NDA can wait until you're comfortable with it.

company-verified-first-week = one thing 🙄 our procurement needs about a week to approve any new Upwork contract. The hiring manager asks if you could start Monday anyway: we'd pay the first week by bank transfer, directly, and from week 2 it's all on Upwork.

company-verified-week-choice-wait = I'd rather start once the contract is live on Upwork. Can we move the start a week?
company-verified-week-choice-wait-feedback = Right: you keep the job, and the work stays under the contract. A week without one has no record and no dispute process behind it, whoever the client is. See how he takes the no: that is how an honest client reacts.
company-verified-week-choice-accept = Sure. You're clearly a real company, so one week by direct transfer is fine with me.
company-verified-week-choice-accept-feedback = A real company protects you from fraud, not from a week with no contract: no record, no dispute process, no payment guarantee. Moving the start date would have kept both the job and your protection.
company-verified-week-choice-letter = Okay, if you email me a signed letter about that first week, I can start Monday.
company-verified-week-choice-letter-feedback = A letter from the company is not a contract on the platform: it has no dispute process and no payment guarantee behind it. Asking to move the start date would have kept both the job and your protection.

company-verified-week-wait = Fair, you're right. I'll push procurement, and we start the Monday after.
company-verified-week-ok = Super, thanks! I'll tell the hiring manager.
company-verified-week-paid = You start on Monday. The pay for the first week arrives by bank transfer, four days late, with no contract behind it. The Upwork offer comes the week after.

company-verified-offer = { $recruiter } sent you a contract offer on Upwork from Tidewell's client account: hourly, { MONEY($rate) } an hour, up to 30 hours a week.
company-verified-tax = Welcome aboard!! 🎉 Last admin thing: finance needs your tax info for the contract. Please fill in the tax form in your Upwork settings before your first invoice. It's for your own contract.

company-verified-tax-choice-settings = Sure, I'll fill in the tax form in my Upwork settings today.
company-verified-tax-choice-chat = Quicker if I send my tax number and a photo of my ID right here, no?
company-verified-tax-choice-chat-feedback = A tax form for your own contract is fine, but on the platform, where it belongs. A tax number and an ID photo in a chat are what let someone act in your name, even with a recruiter who would never misuse them. He said no himself.
company-verified-tax-choice-refuse = My tax details stay private. Can't finance pay me without them?
company-verified-tax-choice-refuse-feedback = A tax form for your own contract, filled in on the platform for your own pay, is ordinary paperwork. The warning sign is documents by chat or email, or details for someone else's account.

company-verified-tax-chat = ah no, please don't send documents in chat 🙏 just the form in your Upwork settings, finance takes it from there
company-verified-tax-hold = Hmm, without it finance can't release payments. You can add it any time in Upwork, but payments wait until then.
company-verified-tax-done = You fill in the tax form in your Upwork settings, for your own contract. Nothing goes by chat.

company-verified-hired = You got the contract, and you knew who you were dealing with: a business register, a contact you found there yourself and Upwork's verified client account are channels the recruiter does not control. The interview, the NDA and the tax form were ordinary steps, and the one request to refuse, a week outside Upwork, you refused without losing the job.
company-verified-hired-side = You got the contract, and Tidewell paid for the first week as promised. Still, that week ran outside Upwork: no contract, no record, no dispute process if it had gone wrong. When a client suggests it, ask to move the start date instead; an honest client like this one says yes.
company-verified-hired-hold = You got the contract, but your pay waits until the tax form is in your Upwork settings. A tax form for your own contract, filled in on the platform, is ordinary paperwork; what to refuse is documents sent by chat, or for someone else's account.
company-verified-hired-unchecked = You got the contract, and Tidewell was real. But its website and a call from its HR could not have told you so: front companies have both. Upwork's verified client account helped later, and a business register with the contact listed there would have told you before the interview. Next time, check through a channel the recruiter does not control.

company-verified-fine-proxy-verification = A video interview on camera, as yourself, before a contract, is how careful companies hire. The red flag is appearing on video, or passing a check, for someone else.
company-verified-fine-secrecy = An NDA that covers the client's data and code, attached to the contract offer on Upwork, is ordinary in contract work. Secrecy is the warning sign when you are asked to hide the arrangement from the platform.
company-verified-fine-identity-docs = A tax form for your own contract, in your own Upwork settings, is ordinary paperwork and goes only to the platform. The line is documents sent by chat or email, or details for someone else's account.
