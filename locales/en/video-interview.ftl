# Scenario “video-interview”: the player applied through a job board to Wrenfield Systems, a
# mid-size maker of warehouse software (a made-up company). A recruiter answers by email and
# sets up a video interview in a well-known meeting app; the player's camera fails at the start.
# Variables: $recruiter (a woman's name: verbs and adjectives about her are feminine),
# $manager (a man's name: the hiring manager, who leads the web team), $monthly (dollars a
# month), $weekday (tuesday or thursday, for a selector), $app (meet or zoom, for a selector:
# the meeting app, Google Meet or Zoom).
# Voice: casual. The recruiter writes friendly, short lines; English is not her first language
# (a missing article, “was nice to look”), never mocked. The manager is in a hurry: short,
# informal lines. Some messages start lowercase, a few carry an emoji.
# On the video call, messages are what each person says out loud; events are what the player sees.
# Harmless: the questionnaire, the video interview with the camera on, the invitation's link
# and the camera fix. The request to decline: the manager's setup script for the player's own
# laptop.

video-interview-title = A frontend role at a warehouse software company
video-interview-summary = You applied through a job board, and a recruiter invites you to a video interview.
video-interview-cast-recruiter = { $recruiter }
video-interview-cast-manager = { $manager }

video-interview-applied = Two weeks ago you applied through a job board for “Frontend developer (remote, full time)” at Wrenfield Systems. Today an email arrives from { $recruiter }, recruiter at Wrenfield.
video-interview-hello = Hi! I am { $recruiter } from the talent team at Wrenfield Systems. Thank you for applying for our frontend role, your portfolio was really nice to look.
video-interview-role = Short about us: around 400 people, we make warehouse software for retailers in Europe. Role is React and TypeScript, fully remote, employment contract in your name, { MONEY($monthly) } per month. Hiring manager is { $manager }, he leads our web team.
video-interview-questionnaire = first step is small questionnaire, only five questions: your main stack, years of experience, time zone, notice period and salary range. Just answer in this email, takes 5 minutes

video-interview-q-choice-answer = Sure: React and TypeScript, six years, CET, a month's notice. The range fits.
video-interview-q-choice-later = I'd rather keep salary and notice period for later, once I've seen a real offer.
video-interview-q-choice-later-feedback = These are questions every recruiter asks, about your work, not your identity. Keep your no for what lets someone act as you or on your computer: documents, logins, installs.
video-interview-q-choice-passport = Answers are below. I've also attached my passport, so HR has it ready.
video-interview-q-choice-passport-feedback = Nobody asked for it, and a passport scan in an inbox can end up anywhere. Even with an honest employer, ID goes only into its own HR system, when the contract needs it.

video-interview-q-later-reply = ok no problem, we can talk about it in the interview then.
video-interview-q-id-reply = Thank you for answers! But please don't send passport by email 🙈 we need ID only later, in our HR system. I deleted your file already.

video-interview-video-ask = Next step is video interview with { $manager } and me, 45 minutes, on { $weekday ->
    [tuesday] Tuesday
   *[other] Thursday
} at 10:00. Camera on please, he likes to see who he talks to. It is same for every candidate.

video-interview-video-choice-yes = Works for me. Camera on, and I'll be there at ten.
video-interview-video-choice-voice = Could it be a voice call? I'm much calmer without a camera.
video-interview-video-choice-voice-feedback = Meeting on video as yourself, for a job you would do yourself, is normal and gives nothing away. The warning sign is being asked to appear, or pass a check, for someone else.
video-interview-video-choice-withdraw = Video calls with strangers worry me these days. I'll withdraw.

video-interview-voice-reply = I understand, but for final interview { $manager } always wants video, with every candidate. I send the invite with camera, and if it's really a problem, write me before.

video-interview-invite = A calendar invitation arrives from { $recruiter }'s Wrenfield address: “Interview: Frontend developer”, { $weekday ->
    [tuesday] Tuesday
   *[other] Thursday
} at 10:00, with a { $app ->
    [meet] Google Meet
   *[other] Zoom
} link.
video-interview-invite-note = Invite is sent! The link opens { $app ->
    [meet] Google Meet
   *[other] Zoom
} directly, I think you have it already? If not, take it from the official site, nothing else to install. See you!

video-interview-link-choice-accept = [Accept the invitation. The link opens the app you already use]
video-interview-link-choice-own-page = Is there a company meeting page instead? I'd trust it more.
video-interview-link-choice-own-page-feedback = A company's “own” meeting page or client is exactly what fake interviews use to get their code onto your computer. A well-known app you already have, from its official site, runs nothing new.
video-interview-link-choice-withdraw = Links in emails are how those fake interviews start. I'm out.

video-interview-own-page-reply = no, we use only { $app ->
    [meet] Google Meet
   *[other] Zoom
} for interviews, like most companies. The link just opens it. You can also start it yourself and type the meeting code from the invite.

video-interview-call-start = { $weekday ->
    [tuesday] Tuesday
   *[other] Thursday
}, 10:00. You click the link and { $app ->
    [meet] Google Meet
   *[other] Zoom
} opens, as always. { $recruiter } is there, camera on. Your own picture stays black: “Camera not available”.
video-interview-cam-fix = Good morning! I hear you well but see only your initials 😅 happens all the time. Click the small arrow next to the camera icon and choose your camera, maybe another one is selected. Or leave and join again. If still nothing, no stress: we talk by phone now and do video another day.

video-interview-fix-choice-settings = I'll check the camera setting in the app. If not, phone is fine.
video-interview-fix-choice-tool = Is there a small fix tool for this? Send it over, and I'll run it now.
video-interview-fix-choice-tool-feedback = Even from an honest recruiter, never run a tool or command someone sends you for a camera. A real fix lives in the meeting app's own settings, in rejoining, or in moving the call.
video-interview-fix-choice-leave = [Leave the call, block the recruiter and report the profile: a camera fix in an interview is a known trick]

video-interview-tool-reply = no no, we don't have any tool, and please never run something like that from anybody. It is only a setting in the app, try the arrow.
video-interview-cam-fixed = In the app's video settings, an old virtual camera is selected. You pick your laptop camera, and your face appears.
video-interview-manager-hello = Morning, sorry, my previous meeting ran long. Good, we can see you. Let's start with your last project?
video-interview-interview = Forty minutes: you talk about your last project, share your screen to walk through code from your own public repository, and answer { $manager }'s questions about state management. Camera on, and nothing else is asked of you.

video-interview-offer = Good news! 🎉 { $manager } and the team want to make you an offer. Contract comes from our HR system this week, start is in two weeks.
video-interview-offer-alt = hi again, I have good news: { $manager } and the team liked your interview a lot and want to make you an offer. Contract comes from our HR system this week, start would be in two weeks.
video-interview-proof = Before you sign, maybe you want to check us a bit, it's normal. Our careers page is in my signature, my profile is on LinkedIn, and { $manager } can write you from his email if you like.

video-interview-proof-choice-register = Thanks! I'll find Wrenfield in the business register and call them.
video-interview-proof-choice-register-feedback = That is the check that counts: a source she does not control. A careers page, a profile and an email from her colleague can all be made by the same people, even when, as here, they are real.
video-interview-proof-choice-links = [Open the careers page and her profile from the links in her signature]
video-interview-proof-choice-links-feedback = Here they were genuine, but a careers page and a profile are exactly what front companies build: in June 2025 US authorities seized 21 fraudulent websites made to look like real businesses. Check through a source she does not control.
video-interview-proof-choice-manager = An email from { $manager } would settle it for me. Thanks!
video-interview-proof-choice-manager-feedback = An email from her colleague comes from the same company she speaks for, so it only repeats what she told you. Look for a source they cannot write: the business register, a phone number you find yourself.

video-interview-links-check = The careers page lists the role, and her profile shows four years at Wrenfield. It all matches, and you tell her so.
video-interview-manager-mail = An email arrives from { $manager } at a Wrenfield address: the offer is real, and he looks forward to working with you.
video-interview-own-check = You look Wrenfield Systems up in the business register yourself: registered twelve years ago, at the address on its website. You call the main number listed there; HR confirms the offer and that { $recruiter } is on their team.
video-interview-contract = The contract arrives through Wrenfield's HR e-signature system: your name, full time, { MONEY($monthly) } a month, paid to your own bank account. A company laptop will be shipped to you before the start.
video-interview-id-note = The HR system asks you to upload your ID there. { $recruiter } adds a note: the copy you emailed earlier has been deleted.

video-interview-welcome = hey, welcome on board! Quick one before your start: IT is behind with laptops this month, yours may only come on day three.
video-interview-script-ask = So we don't lose those days: please run the attached setup.sh on your own laptop this weekend. Installs our dev tools and VPN and adds your SSH key to our repos, 10 min max

video-interview-script-choice-it = I'd rather wait and set it up with IT. My laptop holds other clients' keys.
video-interview-script-choice-it-feedback = Right, and he is fine with it. Never run an employer's script on a machine with your other accounts, keys or wallets: company tools belong on company hardware, set up through IT. A fake script would look exactly the same as this real one.
video-interview-script-choice-run = Sure, I'll run it on Saturday, so I can start properly on day one.
video-interview-script-choice-read = I'll read it through first, then run it if nothing looks odd.
video-interview-script-choice-read-feedback = A script can fetch and start more code than you can see in it, and reading it does not change where it runs: on the computer that holds your other clients' work. Company setup belongs on the company laptop.

video-interview-it-reply = fair point, my bad. Our security people would agree with you 😅 I ask IT to send your laptop express, and you do the setup with them on the first morning.
video-interview-ran = The script runs for ten minutes. It installs a dozen tools, a VPN profile and a Wrenfield access key on your own laptop, next to your other clients' work.

video-interview-laptop = The company laptop arrives before your start. On your first morning, someone from Wrenfield IT sets it up with you on a call: their machine, their tools, your new accounts.
video-interview-it-note = IT also asks you to delete the VPN profile and the access key from your personal laptop: company access belongs only on company devices. The script was genuine this time; a fake one would have looked exactly the same.
video-interview-first-day = Welcome to the team! Standup is at 10, I'm adding you to the channel now.

video-interview-hired = You got the job, as yourself. The interview ran in a meeting app you already used, the camera fix was a setting in that app, the company could be checked through a source the recruiter did not control, and company tools belong on company hardware, set up through IT.
video-interview-missed-video = You passed on a real job. Caution on camera is understandable; here, though, the interview was with you, for work you would do yourself, at a company you could check. The warning sign is being asked to appear for someone else.
video-interview-missed-link = You passed on a real job. Checking meeting links is wise, and this one passed the check: it came from the company's address and opened a well-known app you already had. The warning sign is a meeting app or file of their own to install.
video-interview-missed-fix = You left a real interview. Knowing the camera-fix trick is good, and here the fix was harmless: a setting in the app you already use, or going on by phone. The warning sign is a command to paste or a file to run.

video-interview-fine-identity-docs = The questionnaire asked about your work: stack, years of experience, time zone, notice period, salary range. Every recruiter asks that. Documents, logins and installs are what let someone act in your name or on your computer.
video-interview-fine-proxy-verification = The video interview with your camera on was fine: it was with you, as yourself, for a job you would do yourself, the same as for every other candidate. The warning sign is being asked to appear, or pass a check, for someone else.
video-interview-fine-runs-their-code = The invitation's link and the camera fix were fine: the link opened a well-known app you already used, and the fix was a setting inside that app, with nothing to download, paste or run. What to refuse is their own code on your computer: a meeting client of theirs, a command, a script.
