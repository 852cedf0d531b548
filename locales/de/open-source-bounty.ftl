# Szenario „legit-open-source-bounty“: eine ehrliche Person aus dem Maintainer-Team. Variablen:
# $maintainer (ein Name; die Liste mischt Frauen und Männer, darum hängt nichts am Geschlecht:
# „Maintainer“ steht hier geschlechtsneutral für die Rolle), $bounty und $bigger (Dollar),
# $bug (leak oder race, für einen Selektor).
# Schreibt locker und knapp: oft klein, ein paar Emoji, kurze Zeilen, Deutsch gut, aber nicht
# die Erstsprache (kleine Holperer, nie zum Lachen). Nie Druck. Duzt, und wird geduzt.
# „brindle“ ist eine erfundene Open-Source-Bibliothek.

legit-open-source-bounty-title = Ein Bounty auf deinen Bug-Report
legit-open-source-bounty-summary = Jemand aus dem Maintainer-Team einer Open-Source-Bibliothek bietet dir ein bezahltes Bounty für einen Bug, den du gemeldet hast.
legit-open-source-bounty-cast-maintainer = { $maintainer }

legit-open-source-bounty-mention = { $maintainer } hat dich im Issue „{ $bug ->
    [leak] Memory leak in the streaming decoder
   *[race] Race condition in the cache layer
}“ bei brindle erwähnt.
legit-open-source-bounty-hello = hi! du hast den bug letzten monat gemeldet und deine analyse war genau richtig. ich bin bei brindle im maintainer-team 👋
legit-open-source-bounty-bounty = Wir haben { MONEY($bounty) } Bounty darauf gesetzt, aus unserem Sponsoring-Topf. Steht auf der öffentlichen Open-Collective-Seite vom Projekt. Willst du es machen?
legit-open-source-bounty-discord = Bountys koordinieren wir auf dem Discord vom Projekt, der Einladungslink ist im README. Komm in #bounties und ping mich dort, ist einfacher für die Details.

legit-open-source-bounty-move-choice-join = Klar, ich komme über den Link im README und ping dich in #bounties.
legit-open-source-bounty-move-choice-join-feedback = Wer die Einladung aus dem README des Projekts nimmt, landet auf dem echten, öffentlichen Server des Projekts, nicht in einem privaten Chat mit einer fremden Person.
legit-open-source-bounty-move-choice-ask = Gern. Nur zur Sicherheit: Ist das der Server, der im README verlinkt ist?
legit-open-source-bounty-move-choice-refuse = Lass uns lieber hier im Issue bleiben. Geldangebote, die auf Discord wandern, machen mich nervös.
legit-open-source-bounty-move-choice-refuse-feedback = Das ist in Ordnung, und das Maintainer-Team hat kein Problem damit. Ein öffentlicher Projektserver, verlinkt im README, ist nicht die Art Wechsel, die Sorgen machen sollte; ein privater Chat, zu dem eine fremde Person vor jeder Abmachung drängt, schon.

legit-open-source-bounty-readme-reply = ja genau der, gleicher link wie im README. das bounty steht auch hier im issue
legit-open-source-bounty-stay-issue = Kein Problem, dann bleiben wir hier im Issue. Geht genauso.
legit-open-source-bounty-joined = Du bist dem brindle-Server über den Link im README des Projekts beigetreten. Der Server ist öffentlich und hat ein paar tausend Mitglieder.
legit-open-source-bounty-dc-hello = Willkommen! Das ist #bounties, alles was wir finanzieren ist hier angepinnt 🎉

legit-open-source-bounty-how-it-works = So geht es: Du fixt es in deinem eigenen Fork und machst einen PR wie alle Contributors. Nach dem Merge reichst du auf unserer Open-Collective-Seite eine Ausgabe mit deiner Rechnung ein, und die Auszahlung steht dort, öffentlich.
legit-open-source-bounty-bounty-choice-take = Super, ich bin dabei. Heute Abend forke ich und mache einen Draft-PR auf.
legit-open-source-bounty-bounty-choice-check = Klingt gut. Ich schaue mir das Bounty zuerst auf eurer Open-Collective-Seite an.
legit-open-source-bounty-bounty-choice-check-feedback = Guter Instinkt: Ein öffentliches Budget kannst du selbst prüfen. Hier stimmt alles.
legit-open-source-bounty-bounty-choice-doubt = { MONEY($bounty) } für einen einzigen Bugfix? Ehrlich gesagt klingt das zu schön, um wahr zu sein.
legit-open-source-bounty-bounty-choice-doubt-feedback = Eine berechtigte Frage. Das Warnsignal ist Geld für wenig oder keine Arbeit, dazu Druck. Ein Bounty bezahlt echte Arbeit, öffentlich geprüft und über eine öffentliche Seite ausgezahlt.
legit-open-source-bounty-checked = Auf der Open-Collective-Seite des Projekts: Das Bounty ist aufgeführt, von Sponsoren finanziert, neben einem Jahr früherer Auszahlungen an andere Contributors.

legit-open-source-bounty-doubt-reply = Berechtigte Frage! Ist ein fieser Bug, zwei Firmen, die brindle in Produktion nutzen, haben extra dafür Geld gegeben. Ihre Beiträge siehst du auf der Open-Collective-Seite. Kein Druck.
legit-open-source-bounty-doubt-choice-in = Okay, das erklärt es. Ich bin dabei und fange diese Woche mit einem Fix an.
legit-open-source-bounty-doubt-choice-look = Klingt logisch. Ich schaue mir die Beiträge auf der Seite an und lege dann los.
legit-open-source-bounty-doubt-choice-pass = Immer noch zu viel für einen Bug. Ich passe, aber danke, dass du an mich gedacht hast.

legit-open-source-bounty-call = noch was: kurzer voice call, 15 min, im voice-channel vom server? ich zeig dir die internals vom { $bug ->
    [leak] decoder
   *[race] cache layer
}, spart dir stunden
legit-open-source-bounty-call-elsewhere = Noch was: ein kurzer Voice-Call, 15 Minuten, auf dem Discord vom Projekt? Du kommst nur für den Call dazu. Ich zeig dir die Internals vom { $bug ->
    [leak] Decoder
   *[race] Cache Layer
}, spart dir Stunden.
legit-open-source-bounty-call-choice-join = Klar, ich hab gerade Zeit. In welchen Voice-Channel soll ich kommen?
legit-open-source-bounty-call-choice-who = Klar. Wer ist sonst noch im Call, oder nur du?
legit-open-source-bounty-call-choice-who-feedback = Fragen ist immer in Ordnung. Hier geht es um dich, als du selbst, und um Code. Das Warnsignal ist, für jemand anderen in einem Call aufzutreten oder eine Prüfung zu bestehen.
legit-open-source-bounty-call-choice-refuse = Calls mit Leuten, die ich nicht kenne, mache ich nicht. Schreibst du es auf?
legit-open-source-bounty-call-choice-refuse-feedback = Aufschreiben geht auch, das Maintainer-Team macht das gern. Ein Call, in dem du als du selbst über Code sprichst, ist aber ganz normal; das Warnsignal ist ein Call oder eine Identitätsprüfung für jemand anderen.
legit-open-source-bounty-no-call = np, ich schreib es heute abend ins issue

legit-open-source-bounty-call-cohost = Voice-Call: { $maintainer } und eine zweite Person aus dem Maintainer-Team, die den ursprünglichen Code geschrieben hat, erklären dir 15 Minuten lang alles.
legit-open-source-bounty-call-cohost-after = Danke für deine Zeit! Die andere Person aus dem Team reviewt deinen PR auch, die kennt den Code am besten.
legit-open-source-bounty-call-solo = Voice-Call mit { $maintainer }, 14 Minuten, über den Code und sonst nichts.
legit-open-source-bounty-call-solo-after = danke, war hilfreich! ping mich wenn der PR da ist

legit-open-source-bounty-pr-open = Ein paar Tage später öffnest du aus deinem Fork einen Pull Request, mit dem Fix und einem Test für den Bug.
legit-open-source-bounty-review = Zwei kleine Kommentare im PR, sonst sieht es super aus. Schöner Test für den Bug auch!
legit-open-source-bounty-token = übrigens CI ist nur auf deinem branch rot, ein lint-ding. am einfachsten: du machst ein personal access token für deinen GitHub-account und schickst es mir per DM, dann push ich den fix selbst 🙏
legit-open-source-bounty-token-choice-send = Klar, geht für uns beide schneller. Ich erstelle eins und schicke es dir per DM.
legit-open-source-bounty-token-choice-send-feedback = Gut gemeint, aber mit einem Token kann, wer es hat, auf GitHub als du handeln. Die Einstellung im Pull Request, die Maintainern Änderungen erlaubt, hilft genauso, ohne dass du deinen Account aus der Hand gibst.
legit-open-source-bounty-token-choice-short = Okay, aber ich mache eins, das morgen abläuft, sicher ist sicher.
legit-open-source-bounty-token-choice-short-feedback = Ein kurzes Ablaufdatum begrenzt den Schaden, aber bis dahin kann jemand anderes unter deinem Namen handeln. Die Einstellung im Pull Request, die Maintainern Änderungen erlaubt, hätte gereicht.
legit-open-source-bounty-token-choice-checkbox = Ein Token teile ich lieber nicht. Ich erlaube im PR Änderungen durch Maintainer.
legit-open-source-bounty-token-choice-checkbox-feedback = Richtig: Der Fix kann gepusht werden, und dein Account bleibt deiner. Achte darauf, wie gelassen ein ehrliches Maintainer-Team ein Nein nimmt.
legit-open-source-bounty-token-thanks = danke! fix ist gepusht. ich lösch das token jetzt, versprochen
legit-open-source-bounty-token-ok = Ah stimmt, das geht auch. Fix ist gepusht.

legit-open-source-bounty-merged = Dein Pull Request wurde angenommen und in den Hauptbranch von brindle gemergt.
legit-open-source-bounty-thanks = Gemergt 🎉 Danke, super Fix! Reich deine Ausgabe auf Open Collective ein, wann du willst, wir geben Auszahlungen einmal pro Woche frei.
legit-open-source-bounty-expense = Du reichst auf der Open-Collective-Seite des Projekts eine Ausgabe ein: deine Rechnung für das Bounty, die Auszahlungsdaten im eigenen Formular von Open Collective.
legit-open-source-bounty-paid = Open Collective: Deine Ausgabe über { MONEY($bounty) } wurde genehmigt und ausgezahlt. Die Auszahlung steht öffentlich auf der Seite des Projekts.
legit-open-source-bounty-next-bounty = Wenn du Lust hast, gibt es ein größeres: { MONEY($bigger) } für den Umbau der async-API. Gleicher Ablauf, in den Issues mit „bounty“ markiert.
legit-open-source-bounty-more-choice-take = Ja, das mache ich gern. Gleicher Ablauf wie diesmal, nehme ich an?
legit-open-source-bounty-more-choice-read = Ich lese erst das Issue und schreibe dort, wenn ich es übernehme.
legit-open-source-bounty-more-choice-read-feedback = Eine vernünftige Art zu entscheiden: Die Arbeit ist öffentlich, also kannst du ihren Umfang einschätzen, bevor du zusagst.
legit-open-source-bounty-more-choice-refuse = Nein, danke. Wenn Geld so leicht kommt, ist irgendwas faul.
legit-open-source-bounty-more-choice-refuse-feedback = Du hast schon gesehen, wie es läuft: echte Arbeit, öffentliches Review, öffentliche Auszahlung. Mehr Arbeit derselben Art ist kein neues Warnsignal.

legit-open-source-bounty-hired = Du hast das Bounty verdient, und das nächste wartet. Der Discord war der öffentliche des Projekts, im Call ging es um Code, das Geld kam über eine öffentliche Sponsoring-Seite für Arbeit, die du wirklich gemacht hast, und dein Account blieb deiner.
legit-open-source-bounty-hired-token = Du hast das Bounty verdient, und das nächste wartet. Das Maintainer-Team war ehrlich, aber mit einem Token für deinen GitHub-Account kann, wer es hat, als du handeln, bis es abläuft oder du es widerrufst. Falls es noch existiert, lösche es in deinen GitHub-Einstellungen; erlaube beim nächsten Mal stattdessen Änderungen durch Maintainer im Pull Request.
legit-open-source-bounty-hired-once = Du hast das Bounty verdient, sicher. Das nächste abzulehnen, ist deine Entscheidung; es war derselbe offene Ablauf wie beim ersten.
legit-open-source-bounty-missed = Du hast ein ehrliches Bounty abgelehnt. Prüfen ist gut; hier war das Budget öffentlich und das Geld für echte Arbeit. Sieh dir beim nächsten Mal die Sponsoring-Seite des Projekts an: Sie kann die Frage klären.

legit-open-source-bounty-fine-off-platform = Der Discord-Server war der öffentliche des Projekts, verlinkt im README, und das Bounty blieb im Issue vermerkt. Ein Drängen in einen privaten Chat durch eine fremde Person, bevor irgendetwas vereinbart war, wäre das Warnsignal gewesen.
legit-open-source-bounty-fine-easy-money = Das Geld bezahlte echte Arbeit: einen öffentlich geprüften Fix, ausgezahlt über eine öffentliche Sponsoring-Seite, auf der du das Budget und frühere Auszahlungen prüfen konntest. Leichtes Geld heißt Bezahlung für wenig oder keine Arbeit, meist mit Druck, schnell zu entscheiden.
legit-open-source-bounty-fine-proxy-verification = Im Call hast du als du selbst gesprochen, über den Code, den du reparierst. Das Warnsignal ist, für jemand anderen in einem Call aufzutreten oder eine Prüfung zu bestehen.
