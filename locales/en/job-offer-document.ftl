# Scenario “job-offer-document”: a recruiter for a crypto exchange, Tessaline Exchange, writes on
# LinkedIn and sends the “job description with salary and benefits” as a file that must be
# opened in a special way (Operation DreamJob). Harmless here: her questions about the player's
# work and a short screening call on camera. To refuse: the move to Telegram, opening the file,
# and proof that only leads back to her.
# Variables: $recruiter (a woman's name: she/her; verbs and adjectives about her are feminine),
# $salary (dollars a year), $weekday (tuesday or thursday), $doc (pdf, archive or macro: the kind
# of file she sends; messages pick their words with it).
# Voice: casual. She writes quick, friendly lines, some starting lowercase, a few emoji; fluent
# English with the odd shortcut (“comp” for compensation). Never a caricature.
# Register: in German she says du and the player answers with du; in Ukrainian ти both ways;
# in Vietnamese she says mình and bạn, the player says mình and chị.
# Text in square brackets is the player's action, not a message.

job-offer-document-title = A backend role at a crypto exchange
job-offer-document-summary = A recruiter on LinkedIn has a remote senior engineering job at a cryptocurrency exchange.
job-offer-document-cast-recruiter = { $recruiter }

job-offer-document-li-request = New message request on LinkedIn from { $recruiter }, talent partner at Tessaline Exchange.
job-offer-document-li-hello = hi! { $recruiter } here, talent partner at Tessaline 👋 we're a crypto exchange, about 300 people, fully remote. your Go projects on GitHub caught my eye
job-offer-document-li-hello-alt = Hello! I'm { $recruiter }, I hire engineers for Tessaline, a fully remote crypto exchange of about 300 people 👋 saw your Go work on GitHub and had to write
job-offer-document-li-role = We're hiring a Senior Backend Engineer for the matching engine team: { MONEY($salary) } a year plus a token bonus, remote, flexible hours. The short public post is on our careers page.
job-offer-document-li-questions = Before I send you the full package, a few quick questions: how many years with Go? What's the biggest system you've worked on? And is on-call one week a month ok for you?

job-offer-document-exp-choice-answer = Six years of Go, mostly payment backends. On-call one week a month is fine by me.
job-offer-document-exp-choice-profile = It's all on my profile, really. I'd rather see the full details before any questions.
job-offer-document-exp-choice-profile-feedback = Questions about your work are what every recruiter asks, honest or not, and answering them puts nothing at risk. The line is documents and personal data: ID scans, tax numbers, logins.
job-offer-document-exp-choice-package = Send me the salary and benefits first, then I'll answer. Saves us both time.
job-offer-document-exp-choice-package-feedback = Questions about your experience are harmless, whoever asks them. Refusing them protects nothing, and asking for the package first only hurries along the file that is coming.

job-offer-document-exp-thanks = Nice, payments is exactly what the team needs 🙌
job-offer-document-exp-skip = Sure, no problem, your profile says a lot already.

job-offer-document-move = LinkedIn chat is so slow on my side 😅 can we continue on Telegram? Easier for files and quick calls.
job-offer-document-move-choice-stay = I'd rather keep it here on LinkedIn for now. Files can come here as well.
job-offer-document-move-choice-stay-feedback = Good. A push from LinkedIn to a messenger before anything is agreed is a known pattern in fake job offers: the record stays with her, and LinkedIn never sees the files she sends.
job-offer-document-move-choice-go = Sure, Telegram suits me better as well. Add me, my username is just my name.
job-offer-document-move-choice-halfway = Telegram's fine for the files, but let's keep the offer itself here on LinkedIn.
job-offer-document-move-choice-halfway-feedback = The files are exactly what should not move to a private chat: there, nobody but you sees what she sends. Keeping the talk where it started costs an honest recruiter nothing.

job-offer-document-stay-reply = ok ok, we stay here then
job-offer-document-tg-hello = hey, it's { $recruiter } from Tessaline. thanks for adding me!

job-offer-document-call-ask = Next step is a 15-minute screening call with me, { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
}, camera on. Just to meet and tell you about the team. Zoom or Google Meet, whatever you already use.
job-offer-document-call-choice-accept = { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
} works. Camera on, and I'll join from the Zoom app I already have.
job-offer-document-call-choice-audio = A call is fine, but audio only. I keep my camera off with recruiters.
job-offer-document-call-choice-audio-feedback = A short video call with a recruiter, as yourself, is a normal step, and a good chance to size her up. The risk here was never the call; it was what she sent next.
job-offer-document-call-choice-writing = Could we do it all in writing? I answer much better in text anyway.
job-offer-document-call-choice-writing-feedback = Meeting a recruiter on camera, as yourself, in an app you already use, puts nothing at risk, and you learn a lot from it. The risk here came later, in a file.

job-offer-document-call-done = { $weekday ->
    [tuesday] Tuesday
   *[thursday] Thursday
}: fifteen minutes on camera with { $recruiter }. She is quick and friendly, knows the exchange's products, asks good questions about your Go work and promises the full package right after.
job-offer-document-call-skip = hm ok, that's fine. We continue here then.

job-offer-document-doc-intro = As promised, here's the full job description with salary and benefits. It has confidential comp details, so our HR system protects the file.
job-offer-document-doc-file = { $doc ->
    [pdf] { $recruiter } sent a file: Tessaline_Senior_Backend_Offer.pdf. Its preview is one blurred page with the exchange's logo and a button: View securely.
    [archive] { $recruiter } sent an archive: Tessaline_Offer_Package.zip. Inside are a PDF called Job_Description and a small program called SecureDocViewer.
   *[macro] { $recruiter } sent a file: Tessaline_Salary_and_Benefits.docx. Its preview is a grey page: This document is protected. Enable content to view it.
}
job-offer-document-doc-how = { $doc ->
    [pdf] just click View securely. It opens our document portal and asks for a small viewer plugin, one minute and you see everything
    [archive] the PDF is encrypted, so open it with the viewer in the same folder. one minute and you see everything
   *[macro] when Word asks, click Enable content, that's just our HR protection. one minute and you see everything
}

job-offer-document-doc-choice-text = Could you paste the description here as plain text? I don't open recruiters' files.
job-offer-document-doc-choice-text-feedback = Right. A job description is text: an honest recruiter can paste it or point you to the company's own careers page. A file that needs a viewer, a plugin or enabled content wants to run something on your computer. Job offers that carry such files are a known trick; security researchers at ESET named one long campaign Operation DreamJob.
job-offer-document-doc-choice-open = Got it, opening it now. Honestly, I'm really curious what the token bonus looks like.
job-offer-document-doc-choice-scan = I'll run it through my antivirus first, and if it comes back clean, I'll open it.
job-offer-document-doc-choice-scan-feedback = A scan can miss a file built for one target, and the viewer, the plugin or the enabled content runs the moment you open it. The safe way was not to open it at all and to ask for plain text.

job-offer-document-doc-pushback = I get it, safety first! But I can't paste it: comp data is confidential, and legal only lets us share it in the protected file.
job-offer-document-proof = You can check I'm real though. I'm on the team page of our website, I have 500+ connections here, and our HR director can email you to confirm the role.

job-offer-document-proof-choice-check = [Look the exchange up yourself: its careers page from its main site, and its official support]
job-offer-document-proof-choice-check-feedback = Right. The exchange's own careers page, reached from its main site, and its official support are channels she does not control. Her profile, the team page she points to and the HR director she offers all lead back to her.
job-offer-document-proof-choice-hr = Okay, have your HR director email me, then. If that checks out, I'll open the file.
job-offer-document-proof-choice-hr-feedback = An email from someone she brings in is still her proof: the address came from her. Only a channel you find yourself, such as the company's own site or its official support, can confirm who she is.
job-offer-document-proof-choice-trust = You're on the team page and we have mutual contacts. That's enough for me, I'll open it.
job-offer-document-proof-choice-trust-feedback = A profile full of contacts and a name on a team page are easy to fake or borrow, and they say nothing about the file. A job description never needs a viewer, a plugin or enabled content.

job-offer-document-hr-mail = An email arrives from Tessaline's “HR director”, sent from the address { $recruiter } gave you: friendly, signed with a full title, confirming that { $recruiter } recruits for the matching engine team.
job-offer-document-last-hr = See? All official 😊 The hiring manager wants your feedback on the package tonight, otherwise the slot goes to the next candidate. Just open the file, it takes one minute.
job-offer-document-check-result = You search for Tessaline Exchange yourself and open its careers page from its main site. The Senior Backend Engineer role is there, with an application form. Its support answers the next morning: applications only go through that form, they send candidates no files to open, and they cannot confirm a talent partner by that name.
job-offer-document-last-checked = support is outsourced, they don't know who's in recruiting 🙄 The hiring manager wants your feedback on the package tonight, otherwise the slot goes to the next candidate. Just open the file, it takes one minute.

job-offer-document-last-choice-report = [Block { $recruiter }, report her profile to LinkedIn, apply on the careers page]
job-offer-document-last-choice-report-feedback = Blocking first and reporting without a word is the safest way out: nothing to argue about, and LinkedIn can stop the profile before it reaches the next developer. If the role is real, the careers page is where you apply.
job-offer-document-last-choice-work-laptop = [Forward the file to your work laptop and open it there, behind the company antivirus]
job-offer-document-last-choice-work-laptop-feedback = A work laptop only moves the risk: it holds your employer's accounts and network, and the file runs there just the same. Never open a recruiter's file on any computer that holds accounts, keys or wallets.
job-offer-document-last-choice-open = Fine, I don't want to lose the slot over a file. Opening it now, then I'll tell you.

job-offer-document-opened = { $doc ->
    [pdf] You click View securely. A page with the exchange's logo asks for a viewer plugin; you install it, and the offer appears: a generous salary, a token bonus, nothing unusual.
    [archive] You start SecureDocViewer. After a moment the job description appears: a generous salary, a token bonus, nothing unusual.
   *[macro] You click Enable content. The grey page turns into a neat two-page offer: a generous salary, a token bonus, nothing unusual.
}
job-offer-document-opened-reply = Perfect! Next is a technical chat with the hiring manager tomorrow. He sends the coding task as a protected file too, { $doc ->
    [macro] so leave content enabled for our files.
   *[other] so keep the viewer installed.
}

job-offer-document-after-choice-stop = [Stop. From your phone, change your passwords, move any crypto, and report her]
job-offer-document-after-choice-stop-feedback = Right: stop, then clean up from another device. What the file ran may already have copied passwords, browser sessions and wallet keys, so change and sign out everything from a device it never touched.
job-offer-document-after-choice-task = [Thank her, leave everything as it is, and wait for tomorrow's coding task]
job-offer-document-after-choice-uninstall = I'll { $doc ->
    [macro] delete the document
   *[other] uninstall the viewer
} right away to be safe, then carry on with the interview.
job-offer-document-after-choice-uninstall-feedback = Removing it does not take back what it already did: passwords, browser sessions and wallet keys can be copied the moment it runs. Stop, and change your passwords and sign out every session from another device.

job-offer-document-drained = Two days later your crypto wallet is empty. Every coin went out overnight, to an address you do not know.
job-offer-document-sessions = Your email and GitHub: new sign-ins from devices you don't know, and no password was asked for. Someone is using your saved sessions.
job-offer-document-compromised = Opening the file ran their code on your computer, and it took what it found: saved passwords, browser sessions, wallet keys. The offer, the call and the file were all made to look ordinary, and careful people fall for this too. Act now, from a clean device: change your passwords and turn on two-factor login, sign out every session, move what is left to a new wallet, and reinstall the computer before you trust it again. Report her profile to LinkedIn and the theft to the police. The “Already involved?” page (press I, or run redflag involved) walks you through the next steps.

job-offer-document-cleanup = From your phone you change the passwords of your email, GitHub and exchange accounts, sign out every session, and move your crypto to a new wallet. Then you block { $recruiter }, report her profile to LinkedIn, and leave the laptop offline until it is reinstalled.
job-offer-document-reported-after-open = You stopped as soon as you saw where it was heading, and cleaned up from another device before much could happen. Watch your accounts for the next few weeks, and reinstall the computer before you use it for anything important. Your report helps LinkedIn stop the profile before it reaches the next developer.
job-offer-document-reported = You blocked her and reported the profile without opening anything. Your passwords, sessions and wallet stayed yours. And if the role is real, you can still apply for it on the exchange's own careers page.

job-offer-document-fine-identity-docs = Questions about your years with Go, your biggest project or on-call duty are what every recruiter asks, and your answers are on your profile anyway. The line is documents and data that let someone act in your name: ID scans, tax numbers, logins.
job-offer-document-fine-proxy-verification = A short screening call on camera, as yourself, in a meeting app you already use, is a normal step and a fair way to size her up. The call was never the risk; the file that came after it was.
