# Szenario „legit-open-source-bounty“: eine ehrliche Maintainerin oder ein ehrlicher Maintainer.
# Variablen: $maintainer (ein Name), $bounty und $bigger (Dollar), $bug (leak oder race, für einen Selektor).
# Der Ton ist locker und freundlich, wie in Open-Source-Projekten üblich, mit Du, ein paar Emoji
# und ohne Druck. „brindle“ ist eine erfundene Open-Source-Bibliothek.

legit-open-source-bounty-title = Eine Bounty auf deinen Bugreport
legit-open-source-bounty-summary = Jemand aus dem Maintainer-Team einer Open-Source-Bibliothek bietet dir eine bezahlte Bounty für einen Bug an, den du gemeldet hast.
legit-open-source-bounty-cast-maintainer = { $maintainer }

legit-open-source-bounty-mention = { $maintainer } hat dich im Issue „{ $bug ->
    [leak] Memory leak in the streaming decoder
   *[race] Race condition in the cache layer
}“ von brindle erwähnt.
legit-open-source-bounty-hello = Hi! Du hast den Bug letzten Monat gemeldet, und deine Analyse war genau richtig. Ich bin im Maintainer-Team von brindle 👋
legit-open-source-bounty-bounty = Wir haben aus unserem Sponsoring-Topf eine Bounty von { GROUPED($bounty) } US-Dollar darauf gesetzt. Sie steht auf der öffentlichen Open-Collective-Seite des Projekts. Hast du Lust, sie zu übernehmen?
legit-open-source-bounty-discord = Bounties koordinieren wir auf dem öffentlichen Discord des Projekts, der Einladungslink steht in unserer README. Komm in #bounties und schreib mich dort an, da lassen sich die Details leichter klären.

legit-open-source-bounty-move-choice-join = Klar, ich komme über den Link in der README.
legit-open-source-bounty-move-choice-join-feedback = Wer die Einladung aus der README des Projekts nimmt, landet auf dem echten, öffentlichen Server des Projekts und nicht in einem privaten Chat mit einer fremden Person.
legit-open-source-bounty-move-choice-ask = Gern. Ist das der Discord, der in der README verlinkt ist?
legit-open-source-bounty-move-choice-refuse = Ich würde lieber alles hier im Issue besprechen.
legit-open-source-bounty-move-choice-refuse-feedback = Das ist in Ordnung, und im Projekt ist das auch kein Problem. Ein öffentlicher Projektserver, verlinkt in der README, ist aber kein Wechsel, der dir Sorgen machen muss; bedenklich ist ein privater Chat, in den dich eine fremde Person vor jeder Vereinbarung drängt.
legit-open-source-bounty-move-choice-leave = Geld von einer fremden Person auf GitHub? Klingt nach Betrug. Ich ignoriere das.

legit-open-source-bounty-readme-reply = Ja, genau der, derselbe Link wie in der README. Die Bounty steht außerdem hier im Issue.
legit-open-source-bounty-stay-issue = Überhaupt kein Problem, dann bleiben wir hier im Issue. Funktioniert genauso.
legit-open-source-bounty-joined = Du bist dem brindle-Server über den Link in der README des Projekts beigetreten. Der Server ist öffentlich und hat ein paar tausend Mitglieder.
legit-open-source-bounty-dc-hello = Willkommen auf dem brindle-Server! 🎉 Das hier ist #bounties, alles, was wir finanzieren, ist hier angepinnt.

legit-open-source-bounty-how-it-works = So läuft's: Du behebst den Bug in deinem eigenen Fork und machst einen Pull Request wie alle anderen auch. Sobald er gemergt ist, reichst du auf unserer Open-Collective-Seite eine Ausgabe mit deiner Rechnung ein, und die Auszahlung ist dort öffentlich sichtbar.
legit-open-source-bounty-no-access = Du brauchst keinen Zugang zu irgendeinem unserer Konten, und wir brauchen nie Zugang zu deinen. Nur das übliche Code-Review 🙂
legit-open-source-bounty-bounty-choice-take = Super, ich bin dabei!
legit-open-source-bounty-bounty-choice-check = Klingt gut. Ich schaue mir die Bounty vorher auf eurer Open-Collective-Seite an.
legit-open-source-bounty-bounty-choice-check-feedback = Gutes Gespür: Ein öffentliches Budget kannst du selbst überprüfen. Hier passt alles.
legit-open-source-bounty-bounty-choice-doubt = { GROUPED($bounty) } US-Dollar für einen einzigen Bugfix? Das klingt zu schön, um wahr zu sein.
legit-open-source-bounty-bounty-choice-doubt-feedback = Eine berechtigte Frage. Ein Warnsignal ist Geld für wenig oder gar keine Arbeit, dazu Druck. Eine Bounty ist Geld für echte Arbeit, öffentlich geprüft und über eine öffentliche Seite bezahlt.
legit-open-source-bounty-checked = Auf der Open-Collective-Seite des Projekts: Die Bounty ist eingetragen und von Sponsoren finanziert, daneben ein Jahr voller früherer Auszahlungen an andere Mitwirkende.

legit-open-source-bounty-doubt-reply = Berechtigte Frage! Der Bug ist echt fies: Zwei Firmen, die brindle in Produktion nutzen, haben extra dafür Geld gegeben. Ihre Beiträge siehst du auf der Open-Collective-Seite. Kein Druck, egal wie du dich entscheidest.
legit-open-source-bounty-doubt-choice-in = Okay, das ergibt Sinn. Ich bin dabei.
legit-open-source-bounty-doubt-choice-pass = Klingt trotzdem zu gut. Ich lasse es.

legit-open-source-bounty-call = Noch was: Wollen wir kurz 15 Minuten im Sprachkanal des Servers reden? Ich würde dir gern zeigen, wie { $bug ->
    [leak] der Decoder
   *[race] die Cache-Schicht
} intern funktioniert, das spart dir Stunden.
legit-open-source-bounty-call-elsewhere = Noch was: Wollen wir kurz 15 Minuten auf dem Discord des Projekts telefonieren? Du musst nur für den Call dazukommen. Ich würde dir gern zeigen, wie { $bug ->
    [leak] der Decoder
   *[race] die Cache-Schicht
} intern funktioniert, das spart dir Stunden.
legit-open-source-bounty-call-choice-join = Klar, ich hab jetzt Zeit.
legit-open-source-bounty-call-choice-who = Klar. Wer ist noch dabei?
legit-open-source-bounty-call-choice-who-feedback = Nachfragen ist immer in Ordnung. Hier sprichst du als du selbst über Code. Ein Warnsignal ist es, wenn du für jemand anderen in einem Call auftreten oder eine Prüfung bestehen sollst.
legit-open-source-bounty-call-choice-refuse = Ich telefoniere lieber nicht. Kannst du es stattdessen aufschreiben?
legit-open-source-bounty-call-choice-refuse-feedback = Aufschreiben ist kein Problem. Ein Call, in dem du als du selbst über den Code sprichst, ist aber ganz normal; bedenklich ist ein Call oder eine Identitätsprüfung im Namen von jemand anderem.
legit-open-source-bounty-no-call = Kein Ding, ich schreib's heute Abend ins Issue.

legit-open-source-bounty-call-cohost = Sprachanruf: { $maintainer } und eine zweite Person aus dem Maintainer-Team, die den ursprünglichen Code geschrieben hat, erklären dir 15 Minuten lang die Details.
legit-open-source-bounty-call-cohost-after = Danke für deine Zeit! Wer den Code geschrieben hat, schaut sich deinen PR auch an, niemand kennt ihn besser.
legit-open-source-bounty-call-solo = Sprachanruf mit { $maintainer }, 14 Minuten, über den Code und sonst nichts.
legit-open-source-bounty-call-solo-after = Danke, das war hilfreich! Sag Bescheid, wenn der PR steht.

legit-open-source-bounty-review = Ein paar Tage später, in deinem Pull Request: „Zwei kleine Kommentare, ansonsten sieht das super aus. Schöner Test für den Bug, übrigens!“
legit-open-source-bounty-merged = Dein Pull Request wurde freigegeben und in den Main-Branch von brindle gemergt.
legit-open-source-bounty-thanks = Gemergt 🎉 Danke, super Fix! Reich deine Ausgabe auf Open Collective ein, wann immer du so weit bist; das Team gibt Auszahlungen einmal pro Woche frei.
legit-open-source-bounty-expense = Du reichst auf der Open-Collective-Seite des Projekts eine Ausgabe ein: deine Rechnung für die Bounty, deine Auszahlungsdaten trägst du im Formular von Open Collective selbst ein.
legit-open-source-bounty-paid = Open Collective: Deine Ausgabe über { GROUPED($bounty) } US-Dollar wurde genehmigt und ausgezahlt. Die Auszahlung steht öffentlich auf der Seite des Projekts.
legit-open-source-bounty-next-bounty = Falls du Lust hast, es gibt noch eine größere: { GROUPED($bigger) } US-Dollar für den Umbau der Async-API. Gleicher Ablauf, sie ist in den Issues mit „bounty“ markiert.
legit-open-source-bounty-more-choice-take = Ja, die übernehme ich gern.
legit-open-source-bounty-more-choice-read = Ich lese mir erst das Issue durch und kommentiere dort, wenn ich sie übernehme.
legit-open-source-bounty-more-choice-read-feedback = Eine vernünftige Art zu entscheiden: Die Arbeit ist öffentlich, also kannst du ihren Umfang einschätzen, bevor du zusagst.
legit-open-source-bounty-more-choice-refuse = Nein, das wird mir zu einfach. Da muss was faul sein.
legit-open-source-bounty-more-choice-refuse-feedback = Du hast schon gesehen, wie es läuft: echte Arbeit, öffentliches Review und eine öffentliche Auszahlung. Mehr Arbeit derselben Art ist kein neues Warnsignal.

legit-open-source-bounty-hired = Du hast die Bounty verdient, und die nächste wartet schon. Der Discord war der öffentliche des Projekts, im Call ging es um Code, und das Geld kam über eine öffentliche Sponsoring-Seite für Arbeit, die du wirklich gemacht hast.
legit-open-source-bounty-hired-once = Du hast die Bounty verdient, sicher und sauber. Die nächste abzulehnen ist deine Entscheidung; es wäre derselbe ehrliche Ablauf gewesen wie beim ersten Mal.
legit-open-source-bounty-missed-early = Du hast ein ehrliches Angebot ignoriert. Vorsicht bei Fremden, die Geld anbieten, ist sinnvoll; hier war die Bounty aber öffentlich, der Server in der README des Projekts verlinkt, und niemand wollte Zugang oder Konten. Schau beim nächsten Mal auf die eigenen Seiten des Projekts, bevor du entscheidest.
legit-open-source-bounty-missed = Du hast eine ehrliche Bounty abgelehnt. Nachprüfen ist gut; hier war das Budget öffentlich und das Geld gab es für echte Arbeit. Schau beim nächsten Mal auf die Sponsoring-Seite des Projekts: Sie kann die Frage klären.
