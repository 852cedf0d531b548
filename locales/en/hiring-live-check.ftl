# Scenario “hiring-live-check”: an honest candidate. The player hires a remote full-stack
# developer for a small company; the candidate's video looks a little odd at first.
# Variables: $candidate (the candidate, a woman: she/her), $colleague (the player's lead
# developer; the pool mixes women and men, so no gendered words about them),
# $home (porto, krakow or valencia: where she lives; her bank and currency follow from it),
# $rate (dollars an hour).
# The candidate writes and speaks friendly, casual English with small slips of a non-native
# speaker; never make fun of it. The colleague is friendly and direct. On the video call,
# messages are spoken words; lines marked (Chat) go only to the other person on the player's
# side, in the meeting chat. The liveness check is the one the company gives every candidate.

hiring-live-check-title = Interviewing a full-stack developer
hiring-live-check-summary = You are hiring a remote full-stack developer for your small company. A candidate with a good CV has her video interview next week.
hiring-live-check-cast-candidate = { $candidate }
hiring-live-check-cast-colleague = { $colleague }

hiring-live-check-applied = { $candidate } applied by email to your job post “Full-stack developer, remote contract, { MONEY($rate) }/hr”. Her CV, her LinkedIn profile and her public code are linked.
hiring-live-check-hello = Good morning, and thank you for reading my application. I am full-stack developer, 6 years, mostly TypeScript and Vue, the last two years on a logistics platform for delivery companies. I live in { $home ->
    [porto] Porto
    [krakow] Kraków
   *[valencia] Valencia
} and I can start next month.
hiring-live-check-invite = You invite her to a video call on Tuesday at 15:00 your time. As for every candidate, the invitation explains the process: camera on, a one-minute liveness check at the end of the call, and the ID check through your HR provider before any offer.

hiring-live-check-bg-ask = Thank you, Tuesday is perfect! One question: is ok if I use a virtual background? I share the flat with two roommates, and the kitchen is right behind my desk 🙈
hiring-live-check-bg-choice-fine = Sure, keep it. For the one-minute check at the end, we'll just ask you to switch it off briefly.
hiring-live-check-bg-choice-plain = We'd rather see your real room, kitchen and all. Please join without a virtual background.
hiring-live-check-bg-choice-plain-feedback = A virtual background hides a kitchen, not a face. The check that matters happens on the face, the same for everyone, with the background off for that one minute.
hiring-live-check-bg-choice-flag = [Reply that it's fine, then note in her file: hides her room on video, HR please look twice]
hiring-live-check-bg-choice-flag-feedback = Wanting to hide a shared kitchen is ordinary, and a note like that follows her through the process for no reason. Every candidate switches the background off for the same one-minute check; that is where it counts.
hiring-live-check-bg-thanks = Perfect, thank you! See you on Tuesday.
hiring-live-check-bg-plain = ok, no problem, I ask my roommates to stay out of the kitchen for one hour.

hiring-live-check-joined = { $candidate } joins on time, camera on, in front of a virtual bookshelf. The room is dim and her face a little grainy; when she moves, the edge of the background wobbles around her hair.
hiring-live-check-joined-plain = { $candidate } joins on time, camera on. Behind her, a dim kitchen and a bike against the wall; in the low light her face looks a little grainy.
hiring-live-check-colleague-hi = Hi, I'm { $colleague }, I lead development here. Thanks for making the time!
hiring-live-check-greet = hi, hello! sorry it's so dark here, is raining since the morning. You hear me okay?
hiring-live-check-greet-alt = hello, hi! sorry for the dark picture, here it rains the whole day. You can hear me well?
hiring-live-check-lag = Her voice stutters, and the picture hangs, then jumps ahead. Her lips trail her words by a beat; sound and picture stutter together, and so does the room behind her.
hiring-live-check-lag-ask = sorry, sorry, my wifi is terrible today… I move closer to the router, one second. Is better now? If not, I can switch to my phone hotspot.
hiring-live-check-lag-choice-go = Much better, thanks. Let's go on, and just tell us if it drops again.
hiring-live-check-lag-choice-end = (Chat) Her lips don't match her voice. That's a deepfake sign; let's end it.
hiring-live-check-lag-choice-end-feedback = Sound and picture lagged together, and the room behind her stuttered too: that is a slow connection. A face swap shows itself differently, as a face that smears or lags while everything around it stays sharp. The check at the end is where you find out.
hiring-live-check-lag-choice-later = Let's stop here and meet again when your internet is better, camera on.
hiring-live-check-lag-choice-later-feedback = Putting the interview off for a connection that is already recovering costs days, and good candidates take other offers meanwhile. The check at the end of the call, the same for everyone, tells you what you need to know.
hiring-live-check-again-reply = Oh… okay. But it's much better here by the router, really. Can we try ten minutes?
hiring-live-check-hold-on = (Chat) Let's not stop over a bad connection: sound and picture lag together, so that's her Wi-Fi. Our usual check at the end will tell us more.

hiring-live-check-q1 = Let's talk about your last project. How did you stop two drivers from taking the same delivery at the same moment?
hiring-live-check-a1 = ah, this one I like 😄 First we had exactly this bug, two drivers at the same door. Then we put a version number on every job: accepting is an update only if the version still match. The second driver gets “already taken”. Simple, but it works since two years.
hiring-live-check-check-ask = Thank you, that's all from our side. One last thing we do with every candidate: virtual background off if you use one, turn your head fully to one side and then the other, and pass a hand slowly across your face.
hiring-live-check-bg-off = She switches the virtual background off: a small room, a drying rack full of laundry, a window with rain on it.
hiring-live-check-check-do = Sure! Left… right… and now the hand, slowly… okay! You want I show something too? This is my mug, from my sister's wedding 😄
hiring-live-check-check-seen = The picture is still grainy, but her face stays whole: her cheek and ear stay solid as she turns, her hand covers and uncovers her face cleanly, and the mug passes in front of her chin without a smear.

hiring-live-check-extra-note = (Chat) Okay, she passed. But her accent is strong and her English a bit rough. Shall we book a second call with someone else? Just for her, to be safe.
hiring-live-check-extra-choice-same = (Chat) She passed the same check as everyone. An accent is no reason for more.
hiring-live-check-extra-choice-same-feedback = Fair and safe at once. She passed the same check every candidate gets; an accent or small slips in English say nothing about who someone is.
hiring-live-check-extra-choice-second = (Chat) Fair enough. Let's book a second call with someone else, just for her.
hiring-live-check-extra-choice-second-feedback = A second check only for the candidate who sounds different is not caution: an accent says nothing about identity. She had already passed the check that every candidate gets.
hiring-live-check-extra-choice-pass = (Chat) Lag, a grainy picture, an accent: too many odd things. Let's pass on her.
hiring-live-check-extra-choice-pass-feedback = Each of those things has an ordinary reason, and she passed the one check that tests a face: it stayed whole when a hand and a mug passed in front of it.

hiring-live-check-wrap = Thank you both, it was really nice talk! If you need anything else from me, just write.
hiring-live-check-left = { $candidate } waves and leaves the call.
hiring-live-check-extra-done = The second call goes smoothly. She passes the same check again, then asks politely whether every candidate has two calls.

hiring-live-check-pay-ask = hi again! One practical question before the papers: can you pay me in { $home ->
    [krakow] złoty to my bank account here in Poland
    [porto] euro to my bank account here in Portugal
   *[valencia] euro to my bank account here in Spain
}? It's in my name. Or only in dollars?
hiring-live-check-pay-choice-own = Yes, an account in your own name is fine. Just add it to the HR form.
hiring-live-check-pay-choice-usd = Sorry, we can only pay into US accounts. Could you open one before you start?
hiring-live-check-pay-choice-usd-feedback = Paying a contractor into an account in her own name, where she lives, is ordinary. The warning sign is pay going to someone else's account, to crypto, or payment details that keep changing.
hiring-live-check-pay-choice-hold = [Ask HR to put her file on hold: a bank account abroad is on our warning list]
hiring-live-check-pay-choice-hold-feedback = An account in her own name, in the country where she lives and works, is exactly where her pay should go. What to watch for is pay sent to someone else's account, to crypto, or details that keep changing.
hiring-live-check-pay-hr = HR steps in: paying contractors abroad into accounts in their own name is routine. Her account details go into the file as they are.

hiring-live-check-skip-note = Okay, she's great, let's hire her. Honestly, she's obviously real, we watched her turn her head and wave a mug around. HR's ID check takes two days and she's interviewing elsewhere. Skip it and send the offer today?
hiring-live-check-skip-choice-same = The live check shows a real face, not whose. Only the ID check ties it to her name.
hiring-live-check-skip-choice-same-feedback = Right. A live check shows that a real person is on camera; only the ID check ties that person to the passport and to the name on the CV and the contract. The same for every candidate, however much you like them.
hiring-live-check-skip-choice-skip = Fair point, we saw her live with our own eyes. Skip HR and send the offer today.
hiring-live-check-skip-choice-skip-feedback = Seeing her live shows a real face, not whose face it is. The ID check is the step that ties that face to the passport and the name on the contract; liking a candidate is no reason to skip it.
hiring-live-check-skip-choice-after = Send the offer today, and she can do the HR provider's ID check during her first week.
hiring-live-check-skip-choice-after-feedback = A check after the offer may never come: by then the contract is signed and the access given. The ID check comes before the offer, for every candidate.

hiring-live-check-id-done = done! Your HR check ask me for my passport and to turn my head again, so now I am very good at it 🙂 See you soon, { $candidate }
hiring-live-check-verified = HR provider: identity verified. The passport matches the person in the live selfie video, and the name matches her CV.
hiring-live-check-offer-sent = Contract sent to { $candidate }: { MONEY($rate) }/hr, paid into her own account. She signs it the same day.

hiring-live-check-hired = You hired a good developer, and fairly. Her picture looked odd at first, a dim room, a grainy face, lips a beat behind her voice, and none of it mattered: the whole connection lagged, and her face stayed whole under a hand and a mug in the same check everyone gets. The one thing to hold firm on came from your own side: the ID check, for every candidate.
hiring-live-check-hired-extra = You hired her, and she was exactly who she said she was. But on the way she met hurdles no other candidate meets, because of a background, an accent or a bank abroad. None of these says who someone is; the same live check and ID check for everyone do.
hiring-live-check-hired-skipped = You hired her, and she was who she said she was. But the HR provider's ID check was skipped because she seemed real. A live check shows a real face; only the ID check ties that face to the name on the contract. It worked out this time; the check is there for the time it would not.
hiring-live-check-missed-early = You ended the process with an honest candidate. A dim picture, a laggy connection and an accent each had an ordinary reason, and she passed the one check that tests a face: it stayed whole when her hand and a mug passed in front of it. Next time, let the same check decide, for everyone.

hiring-live-check-fine-camera-avoidance = A virtual background hides a room, not a face, and she asked about it openly. What made the difference: her camera was on all along, and she was ready to switch the background off for the same one-minute check as everyone.
hiring-live-check-fine-synthetic-media = Her lips trailed her words because the whole connection lagged: sound, picture and the room behind her stuttered together. A face swap shows itself differently, and her face stayed whole when a hand and a mug passed in front of it.
hiring-live-check-fine-local-knowledge = An accent or small slips in English say nothing about who someone is. She passed the same check as every candidate, and her answers about her own work were specific.
hiring-live-check-fine-payment-redirect = Pay into an account in her own name, in the country where she lives, is exactly where it should go. The warning sign is pay sent to someone else's account, to crypto, or payment details that keep changing.
