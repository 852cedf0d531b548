# Scenario “hiring-full-stack”: the player hires a remote full-stack developer for a small
# company; the candidate's face on the video call is a live face swap.
# Variables: $candidate (the name on the application; a man: he/him), $colleague (the player's
# lead developer; the pool mixes women and men, so no gendered words about them),
# $home (porto, krakow or valencia: where the candidate says he lives), $rate (dollars an hour).
# The candidate writes and speaks polished, courteous English in full sentences, with no emoji.
# The colleague is friendly and direct. On the video call, messages are spoken words; lines
# marked (Chat) go only to the player, in the meeting chat. The liveness check is one the
# company gives every candidate; nothing in it is about accent or nationality.

hiring-full-stack-title = Video interview for a full-stack role
hiring-full-stack-summary = You are hiring a remote full-stack developer for your small company. A candidate with a strong CV is coming to a video interview.
hiring-full-stack-cast-candidate = { $candidate }
hiring-full-stack-cast-colleague = { $colleague }

hiring-full-stack-applied = { $candidate } applied by email to your job post “Full-stack developer, remote contract, { MONEY($rate) }/hr”. His CV, his LinkedIn profile and his public code are linked.
hiring-full-stack-hello = Hello! Thank you for considering my application. I have seven years of experience with TypeScript, React and Node.js, most recently on booking systems for travel companies. I live in { $home ->
    [porto] Porto
    [krakow] Kraków
   *[valencia] Valencia
} and I am used to working with teams in other time zones.
hiring-full-stack-compare = You look through his profiles. CV and LinkedIn agree on the dates and the employers. His LinkedIn photo is a sharp, well-lit portrait; his public code is tidy, if sparse.
hiring-full-stack-invite = You invite him to a video call on Tuesday at 15:00 your time. As for every candidate, the invitation explains the process: camera on, a one-minute liveness check at the end of the call, and the ID check through your HR provider before any offer.

hiring-full-stack-resched = Thank you for the invitation and for explaining the process so clearly. Would it be possible to move the call to Wednesday at the same time? We ship a release for my current client on Tuesday afternoon.
hiring-full-stack-resched-choice-yes = Of course. Wednesday at 15:00, then; I'll send you a new invitation.
hiring-full-stack-resched-choice-keep = Our panel is only free on Tuesday. Please make it work, or we'll pass.
hiring-full-stack-resched-choice-keep-feedback = That was stricter than it needed to be. Moving a first call once, politely and with a new time, says nothing about who someone is.
hiring-full-stack-resched-choice-proof = Only if that client confirms the release date to us first. Could you ask them?
hiring-full-stack-resched-choice-proof-feedback = Asking a stranger's client to vouch for a date is a hurdle in front of an ordinary request. One move with a new time is everyday life; the warning sign is someone who is never reachable in the hours they claim to work.
hiring-full-stack-resched-thanks = Thank you, that is very kind. Wednesday at 15:00, then.
hiring-full-stack-resched-keep = Understood. I will rearrange my day and join on Tuesday as planned.

hiring-full-stack-joined = { $candidate } joins on time, camera on: a headset, a plain pale wall, even light. He looks exactly like his LinkedIn photo.
hiring-full-stack-colleague-hi = Hi, I'm { $colleague }, I lead development here. Thanks for making the time!
hiring-full-stack-greet = Good afternoon, and thank you both. I am wearing a headset because my neighbours are renovating; I hope the sound is clear on your side.
hiring-full-stack-greet-alt = Good afternoon, and thank you both for having me. Please excuse the headset: there is building work next door, and I want to be sure you can hear me clearly.

hiring-full-stack-freeze = Mid-sentence the whole picture freezes, and the sound cuts out. Ten seconds later both come back, blocky for a moment, then sharp again.
hiring-full-stack-freeze-sorry = Apologies, my connection dropped for a moment. It seems stable again. Shall we carry on? If it happens again, I can switch to my phone's hotspot.
hiring-full-stack-freeze-choice-on = No problem, connections drop. Let's carry on, cameras on as before.
hiring-full-stack-freeze-choice-end = (Chat) A frozen face is a deepfake sign. I'm ending the call now.
hiring-full-stack-freeze-choice-end-feedback = The whole picture froze, sound and all, and came back sharp: that is the network. A live face swap gives itself away differently, with the face breaking while the room stays clear. The check at the end of the call is where you find out.
hiring-full-stack-freeze-choice-audio = Let's all turn our cameras off to spare the connection, and go on by audio.
hiring-full-stack-freeze-choice-audio-feedback = Turning the cameras off gives up the very thing a video interview is for. A dropped connection is a reason to wait a moment or switch networks, not to stop seeing the person.
hiring-full-stack-hold-on = (Chat) Hang on, the whole picture froze, sound too. That's just the network. Let's do our usual check at the end and decide then.
hiring-full-stack-audio-ok = Thank you, that is considerate. I will turn my camera back on whenever you need it.

hiring-full-stack-q1 = Let's talk about your last project. How did you stop two people from booking the same hotel room at the same moment?
hiring-full-stack-a1 = We held each room with a short reservation in Redis, keyed by room and date, which expired after ten minutes. The payment step confirmed the hold in Postgres inside a transaction, with a unique constraint as the last line of defence. Under load we saw a handful of double holds, and the constraint caught every one.
hiring-full-stack-lips = A clear, well-built answer. But while he talks, his lips run a beat behind his words, and when he leans back, the line of his jaw shimmers against the wall. The wall itself stays perfectly sharp.
hiring-full-stack-cam-back = A clear, well-built answer. For the end of the call he turns his camera back on. While he talks, his lips run a beat behind his words, and the line of his jaw shimmers against the wall, though the wall itself stays sharp.

hiring-full-stack-check-ask = Thank you, that's all from our side. One last thing we do with every candidate: virtual background off if you use one, turn your head fully to one side and then the other, and pass a hand slowly across your face.
hiring-full-stack-turn = He turns his head only a little. At the far angle his cheek looks flat, as if painted on, and his ear blurs into the wall. His hands stay out of sight.
hiring-full-stack-check-excuse = I apologise, I have a stiff neck after the release week, and my camera's auto-framing struggles with movement. I believe you can see me clearly, and I look just as in my photo. May we leave it there?
hiring-full-stack-check-choice-object = No need to turn far, then. Just hold up any object, a mug or a pen, and move it slowly across your face.
hiring-full-stack-check-choice-object-feedback = Right: the same check, made easy to do. A live face swap often breaks when something passes in front of the face or the head turns far, and a real person can do this in seconds, stiff neck or not.
hiring-full-stack-check-choice-skip = Of course, don't strain your neck. You look exactly like your photo, and that is enough for us.
hiring-full-stack-check-choice-skip-feedback = Looking exactly like the profile photo is what a live face swap is built to do: it is made from such photos. The same short check for every candidate, a turned head and a hand or object in front of the face, is what such a mask struggles with.
hiring-full-stack-check-choice-hr = Fine, let's leave it for today. The HR provider's ID check will settle who you are in any case.
hiring-full-stack-check-choice-hr-feedback = The ID check matters, but whoever sits behind this face will try to get past it too, and the live check costs one minute, the same for everyone. A candidate who will not do it is telling you something.
hiring-full-stack-wrap = Thank you both, I enjoyed the conversation very much. I look forward to the next steps.

hiring-full-stack-glitch = He lifts a mug. As it passes his chin, the lower half of his face smears, and the rim seems to sink into his jaw; for a moment another, narrower face shows through. Then the picture goes black.
hiring-full-stack-cam-off = I apologise, my camera software has crashed. As we have covered everything, may we finish by audio? I will email you a short video of myself this evening.
hiring-full-stack-camoff-choice-phone = We need a live camera for this check. Could you rejoin from your phone?
hiring-full-stack-camoff-choice-phone-feedback = Right. Nearly everyone has a second camera in their pocket, and the check takes a minute. A candidate who cannot appear on any live camera just after his face broke apart is a sign to take seriously.
hiring-full-stack-camoff-choice-audio = Sure, we've seen you for most of the call. Finish by audio, send the video later.
hiring-full-stack-camoff-choice-audio-feedback = The picture broke exactly when the check began, and now the camera is off. A recorded video is no substitute: nobody can ask it to turn its head, and it can be made in advance.
hiring-full-stack-camoff-choice-hr = All right, let's skip the live part and rely on our HR provider's ID check.
hiring-full-stack-camoff-choice-hr-feedback = The face smeared under a passing mug, and then the camera went black: that is the moment that counted. Leaving it all to a later check means trusting that whoever is behind the face cannot fool that one either.
hiring-full-stack-phone-reply = I am afraid my phone is not with me at the moment. I will send you a video this evening instead; I am sure it will answer every question.
hiring-full-stack-audio-end = You finish the call by audio. His answers stay clear and confident.
hiring-full-stack-left = { $candidate } leaves the call.

hiring-full-stack-hr-link = As for every candidate, you send him the link to your HR provider's ID check: a photo of his passport and a short live selfie video.
hiring-full-stack-email-video = Subject: ID check. Dear { $colleague }, dear team, thank you again for your time. Unfortunately the HR provider's selfie step keeps failing on my camera. I attach a scan of my passport and a short video of myself turning my head. I have another offer that I must answer by Friday, so I would be grateful if we could proceed on this basis. Kind regards, { $candidate }
hiring-full-stack-video-seen = The video: a smooth, evenly lit face turns slowly left and right and smiles. No hand or object ever crosses it. The passport scan is sharp.

hiring-full-stack-final-choice-report = [Block his address, keep the emails and your notes, and report his profile to LinkedIn]
hiring-full-stack-final-choice-report-feedback = Closing the application quietly and reporting it is the safest end: LinkedIn can look at the profile before it applies elsewhere. You never had to prove a deepfake; a candidate who will not pass the check everyone passes does not get the job.
hiring-full-stack-final-choice-accept = His answers were the best we've had. The video and the scan will do; send him the contract.
hiring-full-stack-final-choice-accept-feedback = A recorded video and a scan prove nothing live: the video can be made in advance, and nobody could ask it to pass a hand in front of the face. Strong answers tell you someone is skilled, not who that someone is.
hiring-full-stack-final-choice-onboard = [Send the offer before Friday, and book his HR check for his first week with you]
hiring-full-stack-final-choice-onboard-feedback = Checking after the offer means the check may never come: by then he has the contract, the access and a new reason why the camera fails. The live check and the ID check come before the offer, for every candidate.

hiring-full-stack-offer-sent = Contract sent: { MONEY($rate) }/hr, with access to your code, your company chat and your cloud accounts from Monday.
hiring-full-stack-weeks-later = Five weeks later your IT provider calls: the new contractor's account signs in through a VPN at hours when he says he sleeps, and last night your whole code repository was copied to an account nobody knows.
hiring-full-stack-compromised = The person doing the work is not the man you saw: the face on your call was laid live over someone else's. The FBI has warned since 2022 of deepfakes in remote job interviews, and of such workers copying company code and demanding money after being let go. It happens to careful companies too; what matters now is to act. Cut the contractor's access, change passwords and keys, keep the logs, and report the profile.
hiring-full-stack-reported = You closed the application and reported the profile. You never had to prove anything: the same one-minute check that every candidate passes was enough, and LinkedIn can look at the profile before it applies to the next company.

hiring-full-stack-fine-unreachable = Moving a first call once, with notice and a new time, is ordinary life. The warning sign is someone who is never reachable in the hours they claim to work, not one change of date.
hiring-full-stack-fine-synthetic-media = The whole picture froze, sound and all, and came back sharp: that is a bad connection. What gave the face swap away later was different: the face smearing while the wall behind it stayed sharp, and breaking when a mug crossed it.
