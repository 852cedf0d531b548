# Scenario “hiring-camera-avoidance”: the player hires a remote backend developer.
# Variables: $candidate (the name on the application; a man: he/him),
# $colleague (the player's backend lead; any gender, so no gendered words about them),
# $home (denver, chicago or seattle: where the candidate says he lives), $rate (dollars an hour).
# The candidate writes and speaks polished, courteous English in full sentences; English is his
# second language, and that is never a warning sign. The colleague is a friendly, direct
# developer. On the video call, messages are spoken words.

hiring-camera-avoidance-title = Interviewing a backend developer
hiring-camera-avoidance-summary = You are hiring a remote backend developer for your small company. A candidate applies through LinkedIn.
hiring-camera-avoidance-cast-candidate = { $candidate }
hiring-camera-avoidance-cast-colleague = { $colleague }

hiring-camera-avoidance-applied = { $candidate } applied to your job post “Backend developer, remote contract, { MONEY($rate) }/hr”. A CV is attached.
hiring-camera-avoidance-hello = Good afternoon, and thank you for posting this role. I am a backend engineer with eight years of experience in Node.js and Go, based in { $home ->
    [denver] Denver
    [chicago] Chicago
   *[seattle] Seattle
}, and I would be glad to talk.
hiring-camera-avoidance-cv-note = One note on my CV: my LinkedIn profile was set up by a recruiting agency some years ago and is out of date. Please go by the CV; it is the current version.
hiring-camera-avoidance-compare = You put the CV next to the LinkedIn profile. LinkedIn: a degree in 2014, then five years at a logistics company. CV: a different university, a degree in 2017, and only two years at that same company.

hiring-camera-avoidance-profile-choice-update = Thanks. Could you update your LinkedIn to match the CV and send me the link?
hiring-camera-avoidance-profile-choice-update-feedback = Letting him edit the profile makes the two agree, but it does not tell you which one is true. Differences between profiles are worth asking about live, on camera, where a real person can explain them in a minute.
hiring-camera-avoidance-profile-choice-later = Thanks! Let's go through the CV and those differences together on a video call.
hiring-camera-avoidance-profile-choice-later-feedback = Good plan. Comparing the profiles is how you noticed the gaps; a live call, camera on, is the right place to ask about them.
hiring-camera-avoidance-profile-choice-skip = Agency profiles are often wrong, so no worries. Your CV is what counts; let's set up a call.

hiring-camera-avoidance-update-reply = Of course. I will correct the profile this evening so that everything matches. Thank you for pointing it out.
hiring-camera-avoidance-invite = You send a video call invitation for Thursday at 10:00 your time.

hiring-camera-avoidance-resched = Thank you for the invitation. Would it be possible to move the call to Friday at the same time? I have a medical appointment on Thursday morning that I cannot change.
hiring-camera-avoidance-resched-choice-yes = Of course. Friday at 10:00 it is; I'll update the invitation.
hiring-camera-avoidance-resched-choice-refuse = We keep to the slots we offer. If Thursday won't work, we'll pass.
hiring-camera-avoidance-resched-choice-refuse-feedback = That was stricter than it needed to be. Moving an interview once, politely and with a new time, is ordinary life; it says nothing about who the person is.
hiring-camera-avoidance-resched-choice-proof = Fine, if you send us a note from the doctor confirming the appointment.
hiring-camera-avoidance-resched-thanks = Thank you very much. Friday at 10:00, then.
hiring-camera-avoidance-resched-move = I understand. I will move my appointment and join on Thursday as planned.

hiring-camera-avoidance-joined = { $candidate } joined the call. His camera is off.
hiring-camera-avoidance-colleague-hi = Hi, I'm { $colleague }, I lead the backend team. Nice to meet you!
hiring-camera-avoidance-cam-excuse = Good morning, can you hear me clearly? I apologise: my webcam stopped working yesterday, and the new one arrives next week. Would audio only be acceptable today?

hiring-camera-avoidance-cam-choice-phone = That happens. Could you join from your phone for a minute, camera on?
hiring-camera-avoidance-cam-choice-phone-feedback = Right. Nearly everyone has a second camera in their pocket, and you meet every candidate on live video anyway. A candidate who cannot appear on any camera is a sign to take seriously.
hiring-camera-avoidance-cam-choice-audio = Sure, audio is fine today. We have a lot to cover, so let's start.
hiring-camera-avoidance-cam-choice-cv = No problem at all. Your CV already tells us a lot; audio will do nicely.

hiring-camera-avoidance-phone-reply = I am afraid my phone is an old model, and its front camera does not work either. Could we begin, and I will gladly turn on video next time?

hiring-camera-avoidance-accent = Before we begin, one small request: English is my second language, so now and then I may ask you to repeat a question. I hope that is all right.
hiring-camera-avoidance-accent-choice-fine = Of course. Ask us to repeat anything, any time, and take your time.
hiring-camera-avoidance-accent-choice-origin = Your profile says you live here. Where are you really from, then?
hiring-camera-avoidance-accent-choice-origin-feedback = That question points at the wrong thing. Many people who live and work in the US grew up speaking another language. An accent says nothing about identity; a live camera and the HR provider's ID check, the same for every candidate, do.
hiring-camera-avoidance-accent-choice-native = For a remote role we really expect native English. Let's see.
hiring-camera-avoidance-accent-reply = I grew up abroad and moved here for work some years ago. Shall we start with the technical part?

hiring-camera-avoidance-q1 = Let's start with your last job. Your CV says you moved a payment system from one big application to small Go services. What was the hardest part?
hiring-camera-avoidance-pause-1 = A long pause. You hear fast typing.
hiring-camera-avoidance-a1 = That is a very good question. The hardest part was scalability. Microservices give scalability, resilience and faster deployment, and we followed Docker, Kubernetes and CI/CD best practices.
hiring-camera-avoidance-q2 = Sure, but in your project: while the old and the new system both ran, how did you make sure a payment was not booked twice?
hiring-camera-avoidance-pause-2 = Another long pause and more typing. Then the answer starts in the middle of a sentence, in an even voice, as if read aloud.
hiring-camera-avoidance-a2 = …and so we used distributed transactions across every service, which guarantees that no payment is ever duplicated, in all cases.

hiring-camera-avoidance-answers-choice-own-words = Let's leave the theory aside. Which bug from that project do you still remember?
hiring-camera-avoidance-answers-choice-own-words-feedback = Good move. Follow-up questions about the candidate's own past work are hard to answer from a script; long pauses and textbook answers suggest someone else is supplying them.
hiring-camera-avoidance-answers-choice-next = Clear enough, and it matches our stack. Let's talk about when you could start.
hiring-camera-avoidance-answers-choice-praise = Those are textbook answers, which is a good sign. Let's move on to the practical part.

hiring-camera-avoidance-bug-reply = There were many, of course. I mostly worked on the architecture, so the details of individual bugs stayed with the team.

hiring-camera-avoidance-availability = Thank you both for your time. I could start on Monday. Since my camera is still broken, could we complete the rest by email? I can send a scan of my passport and two references today.
hiring-camera-avoidance-verify-choice-live = Everyone we hire does a live video call and our HR provider's ID check. Let's book both.
hiring-camera-avoidance-verify-choice-live-feedback = Exactly: the same two checks for every candidate, whatever their accent or background. A real candidate passes them in minutes; a scan sent by email proves nothing about who is at the keyboard.
hiring-camera-avoidance-verify-choice-scan = A passport scan and two references will do for us. Send them over, and we'll draft the contract.
hiring-camera-avoidance-verify-choice-after = Send the scan and references today, and we'll do the video call once your new webcam arrives.
hiring-camera-avoidance-verify-choice-after-feedback = Hiring first and checking later means the check may never come: once he has the contract and the access, the camera can stay broken. The live call and the ID check come before the offer, for every candidate.

hiring-camera-avoidance-live-invite = You send the invitation for a second short call, camera on, and the link to your HR provider's ID check, as you do for every candidate.
hiring-camera-avoidance-no-show = At the time of the call, { $candidate } does not join. The ID check link stays unopened. An hour later, an email arrives.
hiring-camera-avoidance-email-docs = Subject: My documents. Dear team, I apologise for missing the call; my connection failed. To show who I am, I attach a scan of my passport and my references. I hope we can start on Monday. Best regards, { $candidate }
hiring-camera-avoidance-glitch-on = This time the camera is on. The face is smooth and evenly lit. As with every candidate, { $colleague } asks him to turn his head to the side and pass a hand slowly in front of his face.
hiring-camera-avoidance-glitch = As the hand crosses, the face smears at its edges and lags behind; the turned head looks flat, as if pasted on.
hiring-camera-avoidance-glitch-excuse = I apologise, my connection is very unstable today, and the picture breaks up. Could we skip this part? I can email you a scan of my passport instead.

hiring-camera-avoidance-final-choice-report = [End the process, keep your notes and the emails, and report the profile to LinkedIn]
hiring-camera-avoidance-final-choice-report-feedback = Quietly ending it and reporting is the safest close: LinkedIn can look at the profile before it applies elsewhere. Keep the CV, the emails and your notes from the calls.
hiring-camera-avoidance-final-choice-selfie = Then email us a short video of you holding your passport, with the scan.
hiring-camera-avoidance-final-choice-selfie-feedback = A recorded video is not a live check: nobody can ask it to turn its head or pass a hand in front of the face, and it can be altered before it is sent. Only a live call and the HR provider's ID check, the same for everyone, tie the face to the person.
hiring-camera-avoidance-final-choice-accept = Connections fail, I understand. A passport scan will do; contract on Monday.

hiring-camera-avoidance-selfie-sent = Within the hour a video arrives: a smooth, evenly lit face, a passport held up next to it, a friendly greeting. Nobody could ask it to turn its head. You send the contract.
hiring-camera-avoidance-offer-sent = Contract sent: { MONEY($rate) }/hr, with access to your code, your company chat and your cloud accounts from Monday.
hiring-camera-avoidance-weeks-later = Six weeks later, your IT provider writes: the new contractor's account signs in through a VPN, and last night the whole code repository was copied to an unknown account.
hiring-camera-avoidance-compromised = The person doing the work is not the person in the application. The FBI warns that such workers have copied company code and demanded money after being let go, and the pay leaves the country: the UN links this income to North Korea's weapons programmes. It has happened to hundreds of companies, careful ones too; what matters now is to act. Cut the contractor's access, change passwords and keys, keep the logs, and report the profile.
hiring-camera-avoidance-reported = You ended the process and reported it. LinkedIn can look at the profile before it applies to the next company.

hiring-camera-avoidance-fine-unreachable = Moving an interview once, with notice and a new time, is ordinary life. The warning sign is someone who is never reachable in the hours they claim to work, not a single change of date.
hiring-camera-avoidance-fine-local-knowledge = English as a second language is normal among people who live and work in the US, and an accent says nothing about who someone is. What told this story apart was the camera that stayed off and the live check he avoided.
