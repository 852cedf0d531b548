# Scenario “hiring-broken-webcam”: a legitimate candidate. The player hires a remote backend
# developer; on interview day the candidate's laptop camera is really broken.
# Variables: $candidate (the candidate, a woman), $colleague (the player's backend lead; the
# pool mixes women and men, so keep the colleague's lines free of gendered forms),
# $home (porto, krakow or valencia: where she lives; it also gives her first language),
# $rate (dollars an hour).
# The candidate speaks and writes friendly, casual English with small slips of a non-native
# speaker; never make fun of it. German: she says du, like the whole call. Ukrainian: the
# candidate and the player say «ви» to each other; the colleague and the player say «ти».
# The colleague is friendly and direct. On the video call, messages are spoken words; lines
# marked (Chat) go only to the colleague, in the meeting chat.

hiring-broken-webcam-title = Interviewing a backend developer
hiring-broken-webcam-summary = You are hiring a remote backend developer for your small company. A candidate from LinkedIn has her video interview today.
hiring-broken-webcam-cast-candidate = { $candidate }
hiring-broken-webcam-cast-colleague = { $colleague }

hiring-broken-webcam-applied = { $candidate } applied to your job post “Backend developer, remote contract, { MONEY($rate) }/hr”. A CV is attached.
hiring-broken-webcam-hello = Hello! Thank you for the invitation. I am backend developer, 6 years with Go and Postgres, the last 3 years in payments. I live in { $home ->
    [porto] Porto
    [krakow] Kraków
   *[valencia] Valencia
} and I can start in two weeks.
hiring-broken-webcam-compare = You put the CV next to her LinkedIn profile. Same university, same years, same two employers. Her public code shows small, steady contributions over several years.
hiring-broken-webcam-invite = You send a video call invitation for Thursday at 10:00 your time. { $candidate } accepts it the same afternoon.

hiring-broken-webcam-joined = { $candidate } joined the call. Her camera is off.
hiring-broken-webcam-cam-excuse = hi, hello! you hear me? so sorry, my laptop camera die this morning, it say “no camera found” 😩 I can join from my phone with video right now, two minutes. or we move to tomorrow with camera, as you prefer

hiring-broken-webcam-cam-choice-phone = Phone video is perfect. Join from your phone; we'll wait.
hiring-broken-webcam-cam-choice-wait = Let's wait until your laptop camera is fixed. Write to us then.
hiring-broken-webcam-cam-choice-wait-feedback = Waiting costs days, and the phone camera she offered shows just as much: a live face you can check, right now. Good candidates take other offers in the meantime.
hiring-broken-webcam-cam-choice-stop = A broken webcam on interview day worries us, so we'll stop here.
hiring-broken-webcam-cam-choice-stop-feedback = A broken webcam can be a warning sign, but what counts is what comes next. She offered a phone video at once: a candidate who avoids the camera does not do that.

hiring-broken-webcam-stop-reply = Oh. I understand, you must be careful. But my phone camera works fine, I can join now and you check anything you need.
hiring-broken-webcam-cam-again-phone = You're right, let's try that. Join from your phone.
hiring-broken-webcam-cam-again-wait = Then let's wait until your own webcam works again.
hiring-broken-webcam-cam-again-end = Thank you, but we'll end the process here. All the best.

hiring-broken-webcam-wait-reply = oh, okay… I order a new webcam today, it should come Monday. I write you when it's here!
hiring-broken-webcam-next-week = The new webcam arrives on Monday, and { $candidate } writes to you at once. On Tuesday you meet again, camera on.
hiring-broken-webcam-phone-joined = { $candidate } rejoins from her phone, camera on. A small kitchen behind her, the picture a little shaky. She is the woman in her LinkedIn photo.

hiring-broken-webcam-colleague-hi = Hi, I'm { $colleague }, I lead the backend team. Before we start, the quick check we do with every candidate: please turn your head left and right, then pass your hand slowly in front of your face.
hiring-broken-webcam-live-ok = sure! like this? 😄 and now the hand… okay
hiring-broken-webcam-live-ok-slow = Okay, left… and right… now the hand, slow. is good like this, or I do again?
hiring-broken-webcam-live-seen = The picture stays clear the whole time: no blur around her face, no flicker when her hand passes in front of it.

hiring-broken-webcam-q1 = Thanks! Your CV says you worked on a payment system. What was the hardest bug you had there?
hiring-broken-webcam-a1 = hmm. give me one second to think, there were a few… okay. The worst was one night the queue start sending some payments twice. The retry had no idempotency key, so we add one key per payment and a table to check it. Then two weeks to clean up the double ones.

hiring-broken-webcam-answers-choice-follow = Good example. What would you do differently if you built it again today?
hiring-broken-webcam-answers-choice-follow-feedback = A good follow-up. Questions about the candidate's own past work are the real test, and she answers them in her own words.
hiring-broken-webcam-answers-choice-note = (Chat) That was a long pause before she answered. Let's note it down.
hiring-broken-webcam-answers-choice-note-feedback = A pause to pick a good example is not a warning sign. What matters is what follows: a specific story from her own work, not a textbook answer read out.
hiring-broken-webcam-answers-choice-doubt = You took a while there. Is someone helping you with the answers?
hiring-broken-webcam-answers-choice-doubt-feedback = The warning sign is stalling and then a textbook answer. She paused to pick an example, then told a specific story about her own bug.

hiring-broken-webcam-follow-reply = honestly, I put the key from day one. And more alerts, we only saw the problem because a customer call us.
hiring-broken-webcam-doubt-reply = no no, only me! I just want to choose a good example, not the first one. Ask me anything more about it.

hiring-broken-webcam-smalltalk = By the way, { $home ->
    [porto] Porto
    [krakow] Kraków
   *[valencia] Valencia
}! I was there for a conference last spring. How do you like living there?
hiring-broken-webcam-city-answer = { $home ->
    [porto] I love it, but it rains the whole winter 😄 I live near the river, ten minutes walk to the big iron bridge. Sorry for my English, Portuguese is my first language.
    [krakow] I like it a lot! Winter is cold, but the old town is beautiful 😄 I live in Kazimierz, many small cafés. Sorry for my English, Polish is my first language.
   *[valencia] I love it! Summer is very hot, so I work early 😄 I live near the park in the old river bed, I go running there. Sorry for my English, Spanish is my first language.
}
hiring-broken-webcam-accent-note = (Meeting chat, only to you) Her English is a bit rough. Shall we give her an extra written English test? Just her, to be on the safe side.

hiring-broken-webcam-accent-choice-hr = (Chat) No test, but let's ask HR to check her documents extra closely. Just hers.
hiring-broken-webcam-accent-choice-hr-feedback = Extra scrutiny for the one candidate who sounds different is not safety: an accent says nothing about who someone is. The HR provider's ID check, the same for everyone, is what protects you.
hiring-broken-webcam-accent-choice-same = (Chat) Same process for every candidate. Her answers were clear and her story fits.
hiring-broken-webcam-accent-choice-same-feedback = Fair and safe at once. The checks that protect a company are the same for everyone: live video, questions about the candidate's own work, the ID check.
hiring-broken-webcam-accent-choice-test = (Chat) Good idea. Let's send her a written English test tonight, just to be on the safe side.
hiring-broken-webcam-accent-choice-test-feedback = An accent or small grammar slips say nothing about who someone is. What protects you is the same check for every candidate, not an extra one for the one who sounds different.

hiring-broken-webcam-wrap = Thank you both, it was really nice talk! If you need anything from me, references, documents, just say.
hiring-broken-webcam-left = { $candidate } leaves the call.
hiring-broken-webcam-test-done = You send her the extra test after the call. She finishes it the same evening, without any mistake that matters, and asks politely whether every candidate takes it.
hiring-broken-webcam-hr-extra = You ask HR to look extra closely at her documents. HR asks what prompted it; the only reason you can give is her accent.

hiring-broken-webcam-skip-note = She's great. And honestly, she seems really nice. HR's ID check takes two days; can we skip it and send the offer today, before someone else hires her?

hiring-broken-webcam-skip-choice-same = She gets the same ID check as everyone else. I'll send her the HR provider's link now.
hiring-broken-webcam-skip-choice-same-feedback = Right. Seeing someone on video shows a face; only the ID check ties that face to the passport and to the contract. Liking a candidate is no reason to skip it.
hiring-broken-webcam-skip-choice-scan = Let's skip the HR check, then. She can email us a photo of her passport instead.
hiring-broken-webcam-skip-choice-skip = Fair enough, we've seen her live on camera. Skip it and send the offer today.

hiring-broken-webcam-id-done = Subject: ID check. Hi! I did the check from your HR provider, it ask for my passport and to turn my head again 😄 The new webcam arrives Monday. Thank you again, { $candidate }
hiring-broken-webcam-verified = HR provider: identity verified. The passport matches the person in the live selfie video.
hiring-broken-webcam-offer-sent = Contract sent to { $candidate }: { MONEY($rate) }/hr, starting in two weeks. She signs it the same day.

hiring-broken-webcam-safe = You hired a good developer, and fairly. Her webcam really was broken, and she showed it: she offered a phone video at once, passed the same live check and ID check as everyone else, and her story held together. The one thing to hold firm on came from your own side: the same check for every candidate.
hiring-broken-webcam-safe-extra = You hired her, and she was exactly who she said she was. But she alone got an extra check, because of her accent. An accent says nothing about who someone is; what protects a company is the same live check and ID check for everyone.
hiring-broken-webcam-safe-skipped = You hired her, and she was who she said she was. But the HR provider's ID check was skipped because she seemed nice. A video call shows a face, and a photo of a passport shows a document; only the ID check ties the two together. It worked out this time; the check is there for the time it would not.
hiring-broken-webcam-missed-early = You ended the process with an honest candidate. A broken webcam can be a warning sign, but what counts is what comes next: she offered a phone video at once and welcomed every check. Next time, ask for a live camera another way before you decide.

hiring-broken-webcam-fine-camera-avoidance = Her laptop camera really was broken. What made the difference: she offered a phone video straight away, joined on camera, and passed the same live check as every other candidate.
hiring-broken-webcam-fine-interview-cheating = She paused to pick an example, then told a specific story from her own work and answered the follow-up. Thinking before you answer is not the same as reading out answers someone else supplies.
hiring-broken-webcam-fine-local-knowledge = Her small talk about her city was specific and matched her CV. An accent or small slips in English say nothing about identity; what counts is that the story holds together and the person on camera matches the documents.
