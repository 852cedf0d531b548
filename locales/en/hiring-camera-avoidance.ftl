# Scenario “hiring-camera-avoidance”: the player hires a remote backend developer.
# Variables: $candidate (the name on the application), $colleague (the player's backend lead),
# $home (denver, chicago or seattle: where the candidate claims to live),
# $roots (krakow, lisbon or madrid: where they claim to have grown up), $rate (dollars an hour).
# The candidate writes and speaks polite, slightly stiff English with small slips.
# The colleague is a friendly, direct developer. On the video call, messages are spoken words.

hiring-camera-avoidance-title = The broken webcam
hiring-camera-avoidance-summary = You are hiring a remote backend developer for your small company. A strong candidate applies on LinkedIn.
hiring-camera-avoidance-cast-candidate = { $candidate }
hiring-camera-avoidance-cast-colleague = { $colleague }

hiring-camera-avoidance-applied = { $candidate } applied to your job post “Backend developer, remote contract, { MONEY($rate) }/hr”. A CV is attached.
hiring-camera-avoidance-hello = Hello, thank you for this opportunity! I am senior backend engineer with 8 years experience in Node.js and Go, also AWS certified. I am based in { $home ->
    [denver] Denver
    [chicago] Chicago
   *[seattle] Seattle
} and I can start immediately.
hiring-camera-avoidance-roots-line = Also I grew up in { $roots ->
    [krakow] Kraków, so Polish is my first language
    [lisbon] Lisbon, so Portuguese is my first language
   *[madrid] Madrid, so Spanish is my first language
} 🙂 maybe useful if you have clients in Europe.
hiring-camera-avoidance-compare = You put the CV next to the LinkedIn profile. LinkedIn: degree in 2014, then five years at a logistics company. CV: a different university, degree in 2017, and only two years at that same company.

hiring-camera-avoidance-profile-choice-ask = Thanks for applying! Before we talk: your CV and your LinkedIn profile name different universities and dates. Which is right?
hiring-camera-avoidance-profile-choice-later = Thanks! Let's meet on video this week, cameras on. I'd like to go through your CV together.
hiring-camera-avoidance-profile-choice-later-feedback = Good plan. Comparing the profiles is how you noticed the gaps; a live call is the right place to ask about them.
hiring-camera-avoidance-profile-choice-skip = Impressive profile! Let's set up a call.

hiring-camera-avoidance-ask-reply = Ah sorry, LinkedIn is very old, I don't update it long time. The recruiting agency made it for me and they made mistakes 😅 CV is correct.
hiring-camera-avoidance-invite = You send a video call invitation for Thursday at 10:00 your time. { $candidate } accepts within a minute.

hiring-camera-avoidance-joined = { $candidate } joined the call. Their camera is off.
hiring-camera-avoidance-cam-excuse = Hello, hello! Can you hear me? Sorry, my webcam is broken since yesterday, new one is coming next week. Audio only is okay?
hiring-camera-avoidance-colleague-hi = Hi, I'm { $colleague }, I lead the backend team. Nice to meet you!

hiring-camera-avoidance-cam-choice-phone = No problem. Could you join from your phone for a moment, so we can see each other? Two minutes is enough.
hiring-camera-avoidance-cam-choice-phone-feedback = Right. Almost everyone has a second camera in their pocket. A candidate who cannot show up on any camera is a sign to take seriously.
hiring-camera-avoidance-cam-choice-condition = We can start with audio, but we meet everyone on live video before we make an offer.
hiring-camera-avoidance-cam-choice-audio = Sure, audio is fine. Let's start.

hiring-camera-avoidance-phone-reply = Phone camera is also not good, it's a very old phone 😅 Please, can we just start? I am so excited for this role.
hiring-camera-avoidance-condition-reply = Yes yes, of course, no problem! Next time camera for sure.

hiring-camera-avoidance-noise = Behind { $candidate }'s voice you hear many other voices and keyboards, like a busy call centre.
hiring-camera-avoidance-q1 = Let's start with your last job. Your CV says you moved a payment system from one big application to small Go services. What was the hardest part?
hiring-camera-avoidance-pause-1 = A long pause. You hear fast typing.
hiring-camera-avoidance-a1 = Very good question. The hardest part was scalability. Microservices give scalability, resilience and faster deployment. We used Docker, Kubernetes and CI/CD best practices.
hiring-camera-avoidance-q2 = Sure, but in your project: while the old and the new system both ran, how did you make sure a payment was not booked twice?
hiring-camera-avoidance-pause-2 = Another long pause. Then the answer starts in the middle of a sentence, in an even voice, as if read aloud.
hiring-camera-avoidance-a2 = …so we used distributed transactions over every service, this guarantees that no payment is ever duplicated, in all cases.
hiring-camera-avoidance-side-note = (in the meeting chat, only to you) That's a textbook line, and not how anyone runs payments in practice. It sounds like someone is feeding the answers.

hiring-camera-avoidance-answers-choice-own-words = Let's leave the theory. Tell us about one bug from that project you still remember, in your own words.
hiring-camera-avoidance-answers-choice-own-words-feedback = Good move. Follow-up questions about the candidate's own past work are hard to answer from a script.
hiring-camera-avoidance-answers-choice-ask-help = It sounds a bit like you're reading. Is someone helping you with the answers?
hiring-camera-avoidance-answers-choice-next = Great, thanks. Let's move on.

hiring-camera-avoidance-bug-reply = Bug… there were many bugs 😅 I don't remember details, it was a big team. Mostly I did the architecture.
hiring-camera-avoidance-help-reply = No, no, only me! I take notes so I answer correctly. My English is better in writing, sorry.

hiring-camera-avoidance-smalltalk = By the way, { $home ->
    [denver] Denver
    [chicago] Chicago
   *[seattle] Seattle
}! I was there for a conference last spring. How do you like living there?
hiring-camera-avoidance-city-answer = { $home ->
    [denver] Oh, it's very nice. Warm all year, and the beach is close, I go swimming on weekends 🏖
    [chicago] It's very quiet, a small town, not much happening. I mostly stay at home.
   *[seattle] Very sunny and dry, it almost never rains here ☀️
}

hiring-camera-avoidance-city-choice-follow = Oh? Which part of town are you in? Any favourite place for lunch?
hiring-camera-avoidance-city-choice-language = You said you grew up in { $roots ->
    [krakow] Kraków. { $colleague } speaks Polish
    [lisbon] Lisbon. { $colleague } speaks Portuguese
   *[madrid] Madrid. { $colleague } speaks Spanish
}; shall we do two minutes in that language, cameras on?
hiring-camera-avoidance-city-choice-language-feedback = This is the check that companies are advised to make: a live video call in the language the candidate claims to speak. It costs a real candidate two minutes.
hiring-camera-avoidance-city-choice-skip = Nice! Okay, let's talk about when you could start.

hiring-camera-avoidance-evasive = I moved there only recently… I don't go out much, I work all the time 😅
hiring-camera-avoidance-availability = I can start on Monday! I can work any hours, also at night, no problem 💪

hiring-camera-avoidance-verify-choice-test = Let's do one more short call tomorrow: cameras on, and a few minutes in your first language with { $colleague }. If that goes well, we talk about the contract.
hiring-camera-avoidance-verify-choice-test-feedback = A fair, cheap test: a real candidate can pass it in minutes. Claims that break off as soon as they are tested are a strong sign.
hiring-camera-avoidance-verify-choice-hire = Fine by me. We'll send you the contract by email.
hiring-camera-avoidance-verify-choice-stop = Thank you for your time. We've decided not to go forward with your application.

hiring-camera-avoidance-left-call = { $candidate } left the call.
hiring-camera-avoidance-excuses = Ehh… my { $roots ->
    [krakow] Polish
    [lisbon] Portuguese
   *[madrid] Spanish
} is not so good anymore, I left when I was a small child. And the camera… still broken. Please, can we skip this part? It is a backend job.

hiring-camera-avoidance-email-docs = Subject: My documents. Dear team, sorry for the problem with the call. I don't think language test is needed for a backend job? To prove who I am, I attach a scan of my passport and my references. I hope we can start Monday. Best regards, { $candidate }
hiring-camera-avoidance-email-file = { $candidate } attached two files: passport_scan.jpg and references.pdf

hiring-camera-avoidance-final-choice-report = Thank you, but we're ending the process. (Then you report the profile to LinkedIn and file a report with the FBI's Internet Crime Complaint Center, ic3.gov.)
hiring-camera-avoidance-final-choice-report-feedback = Reporting helps: LinkedIn can look at the profile, and the FBI collects these cases. Keep the CV, the emails and your notes from the call.
hiring-camera-avoidance-final-choice-decline = Thank you, but without a live video call we can't continue. We wish you all the best.
hiring-camera-avoidance-final-choice-accept = A passport scan will do. Welcome aboard, the contract follows.

hiring-camera-avoidance-offer-sent = Contract sent: { MONEY($rate) }/hr, with access to your code, your company chat and your cloud accounts from Monday.
hiring-camera-avoidance-weeks-later = Six weeks later, your IT provider writes: the new contractor's account signs in through a VPN from several countries, and last night the whole code repository was copied to an unknown account.
hiring-camera-avoidance-compromised = The person doing the work is not the person in the application. The FBI warns that such workers have copied company code and demanded money after being let go, and the pay leaves the country: the UN links this income to North Korea's weapons programmes. It has happened to hundreds of companies; what matters now is to act. Cut the contractor's access, change passwords and keys, keep the logs, and report to LinkedIn and the FBI's IC3 (ic3.gov).

hiring-camera-avoidance-walked-away-early = You stopped before any offer. A candidate who will not show their face, cannot answer about their own work and does not know their own city is not someone to give your code to.
hiring-camera-avoidance-walked-away = You asked for one live video call and did not accept a passport scan in its place. No contract, no access: your code stayed yours.
hiring-camera-avoidance-reported = You ended the process and reported it. LinkedIn can look at the profile before it applies somewhere else, and your report adds to what the FBI knows about these schemes.
