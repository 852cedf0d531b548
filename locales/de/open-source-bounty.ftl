# Szenario „open-source-bounty“: eine ehrliche Person aus dem Maintainer-Team. Variablen:
# $maintainer (ein Name; die Liste mischt Frauen und Männer, darum hängt nichts am Geschlecht:
# „Maintainer“ steht hier geschlechtsneutral für die Rolle), $bounty und $bigger (Dollar),
# $bug (leak oder race, für einen Selektor).
# Schreibt locker und knapp: oft klein, ein paar Emoji, kurze Zeilen, Deutsch gut, aber nicht
# die Erstsprache (kleine Holperer, nie zum Lachen). Nie Druck. Duzt, und wird geduzt.
# „brindle“ ist eine erfundene Open-Source-Bibliothek.

open-source-bounty-title = Ein Bounty auf deinen Bug-Report
open-source-bounty-summary = Jemand aus dem Maintainer-Team einer Open-Source-Bibliothek bietet dir ein bezahltes Bounty für einen Bug, den du gemeldet hast.
open-source-bounty-cast-maintainer = { $maintainer }

open-source-bounty-mention = { $maintainer } hat dich im Issue „{ $bug ->
    [leak] Memory leak in the streaming decoder
   *[race] Race condition in the cache layer
}“ bei brindle erwähnt.
open-source-bounty-hello = hi! du hast den bug letzten monat gemeldet und deine analyse war genau richtig. ich bin bei brindle im maintainer-team 👋
open-source-bounty-bounty = Wir haben { MONEY($bounty) } Bounty darauf gesetzt, aus unserem Sponsoring-Topf. Steht auf der öffentlichen Open-Collective-Seite vom Projekt. Willst du es machen?
open-source-bounty-discord = Bountys koordinieren wir auf dem Discord vom Projekt, der Einladungslink ist im README. Komm in #bounties und ping mich dort, ist einfacher für die Details.

open-source-bounty-move-choice-join = Klar, ich komme über den Link im README und ping dich in #bounties.
open-source-bounty-move-choice-join-feedback = Wer die Einladung aus dem README des Projekts nimmt, landet auf dem echten, öffentlichen Server des Projekts, nicht in einem privaten Chat mit einer fremden Person.
open-source-bounty-move-choice-pass = [Das Konto blockieren und den Kommentar bei GitHub als Spam melden]
open-source-bounty-move-choice-refuse = Lass uns lieber hier im Issue bleiben. Geldangebote, die auf Discord wandern, machen mich nervös.
open-source-bounty-move-choice-refuse-feedback = Das ist in Ordnung, und das Maintainer-Team hat kein Problem damit. Ein öffentlicher Projektserver, verlinkt im README, ist nicht die Art Wechsel, die Sorgen machen sollte; ein privater Chat, zu dem eine fremde Person vor jeder Abmachung drängt, schon.

open-source-bounty-stay-issue = Kein Problem, dann bleiben wir hier im Issue. Geht genauso.
open-source-bounty-joined = Du bist dem brindle-Server über den Link im README des Projekts beigetreten. Der Server ist öffentlich und hat ein paar tausend Mitglieder.
open-source-bounty-dc-hello = Willkommen! Das ist #bounties, alles was wir finanzieren ist hier angepinnt 🎉

open-source-bounty-how-it-works = So geht es: Du fixt es in deinem eigenen Fork und machst einen PR wie alle Contributors. Nach dem Merge reichst du auf unserer Open-Collective-Seite eine Ausgabe mit deiner Rechnung ein, und die Auszahlung steht dort, öffentlich.
open-source-bounty-bounty-choice-check = Klingt gut. Ich schaue mir das Bounty auf eurer Open-Collective-Seite an und forke dann.
open-source-bounty-bounty-choice-check-feedback = Guter Instinkt: Ein öffentliches Budget kannst du selbst prüfen. Hier stimmt alles.
open-source-bounty-bounty-choice-paypal = Klingt gut, aber kannst du das Formular weglassen und es per PayPal schicken? Weniger Papierkram.
open-source-bounty-bounty-choice-paypal-feedback = Die öffentliche Seite war der sichere Weg, bezahlt zu werden: Sie verzeichnet jede Auszahlung, für dich und für die Sponsoren. Eine private Überweisung hinterlässt keine Spur, und niemand hilft dir, wenn etwas schiefgeht. Die Person sagt Nein, wie es ein ehrliches Projekt tut.
open-source-bounty-bounty-choice-doubt = { MONEY($bounty) } für einen einzigen Bugfix? Ehrlich gesagt klingt das ein bisschen zu schön, um wahr zu sein.
open-source-bounty-bounty-choice-doubt-feedback = Eine berechtigte Frage. Das Warnsignal ist Geld für wenig oder keine Arbeit, dazu Druck. Ein Bounty bezahlt echte Arbeit, öffentlich geprüft und über eine öffentliche Seite ausgezahlt.
open-source-bounty-checked = Auf der Open-Collective-Seite des Projekts: Das Bounty ist aufgeführt, von Sponsoren finanziert, neben einem Jahr früherer Auszahlungen an andere Contributors.
open-source-bounty-oc-only = sorry, geht nicht. alles bounty-geld läuft über Open Collective, damit sponsoren sehen, wohin es geht. formular dauert 5 min, versprochen

open-source-bounty-doubt-reply = Berechtigte Frage! Ist ein fieser Bug, zwei Firmen, die brindle in Produktion nutzen, haben extra dafür Geld gegeben. Ihre Beiträge siehst du auf der Open-Collective-Seite. Kein Druck.
open-source-bounty-doubt-choice-in = Okay, das erklärt es. Ich bin dabei und fange diese Woche mit einem Fix an.
open-source-bounty-doubt-choice-advance = Klingt logisch, aber ich hätte das Bounty gern vorab bezahlt.
open-source-bounty-doubt-choice-advance-feedback = Bounties werden nach dem Merge bezahlt: Das Geld ist für einen Fix, der geprüft und angenommen wurde. Das Budget war öffentlich, mit einem Jahr früherer Auszahlungen zum Nachsehen, da gab es nichts vorab abzusichern.
open-source-bounty-doubt-choice-pass = Immer noch zu viel für einen Bug. Ich passe, aber danke, dass du an mich gedacht hast.
open-source-bounty-no-advance = Sorry, vor dem Merge können wir nicht zahlen, ist gleiche Regel für alle Contributors. Vielleicht ein anderes Mal!

open-source-bounty-call = noch was: kurzer voice call, 15 min, im voice-channel vom server? ich zeig dir die internals vom { $bug ->
    [leak] decoder
   *[race] cache layer
}, spart dir stunden
open-source-bounty-call-elsewhere = Noch was: ein kurzer Voice-Call, 15 Minuten, auf dem Discord vom Projekt? Du kommst nur für den Call dazu. Ich zeig dir die Internals vom { $bug ->
    [leak] Decoder
   *[race] Cache Layer
}, spart dir Stunden.
open-source-bounty-call-choice-who = Klar, das geht. Wer ist sonst noch im Call, oder nur du?
open-source-bounty-call-choice-who-feedback = Fragen ist immer in Ordnung. Hier geht es um dich, als du selbst, und um Code. Das Warnsignal ist, für jemand anderen in einem Call aufzutreten oder eine Prüfung zu bestehen.
open-source-bounty-call-choice-leave = Ein Voice-Call wegen eines Bountys? Das ist mir zu viel. Ich lasse es.
open-source-bounty-call-choice-refuse = Calls mit Leuten, die ich nicht kenne, mache ich nicht. Schreibst du es auf?
open-source-bounty-call-choice-refuse-feedback = Aufschreiben geht auch, das Maintainer-Team macht das gern. Ein Call, in dem du als du selbst über Code sprichst, ist aber ganz normal; das Warnsignal ist ein Call oder eine Identitätsprüfung für jemand anderen.
open-source-bounty-no-call = np, ich schreib es heute abend ins issue

open-source-bounty-call-cohost = Voice-Call: { $maintainer } und eine zweite Person aus dem Maintainer-Team, die den ursprünglichen Code geschrieben hat, erklären dir 15 Minuten lang alles.
open-source-bounty-call-cohost-after = Danke für deine Zeit! Die andere Person aus dem Team reviewt deinen PR auch, die kennt den Code am besten.
open-source-bounty-call-solo = Voice-Call mit { $maintainer }, 14 Minuten, über den Code und sonst nichts.
open-source-bounty-call-solo-after = danke, war hilfreich! ping mich wenn der PR da ist

open-source-bounty-pr-open = Ein paar Tage später öffnest du aus deinem Fork einen Pull Request, mit dem Fix und einem Test für den Bug.
open-source-bounty-review = Zwei kleine Kommentare im PR, sonst sieht es super aus. Schöner Test für den Bug auch!
open-source-bounty-token = übrigens CI ist nur auf deinem branch rot, ein lint-ding. am einfachsten: du machst ein personal access token für deinen GitHub-account und schickst es mir per DM, dann push ich den fix selbst 🙏
open-source-bounty-token-choice-send = Klar, geht für uns beide schneller. Ich erstelle ein Token und schicke es dir gleich per DM.
open-source-bounty-token-choice-send-feedback = Gut gemeint, aber mit einem Token kann, wer es hat, auf GitHub als du handeln. Die Einstellung im Pull Request, die Maintainern Änderungen erlaubt, hilft genauso, ohne dass du deinen Account aus der Hand gibst.
open-source-bounty-token-choice-short = Okay, aber ich mache ein Token, das morgen abläuft, sicher ist sicher.
open-source-bounty-token-choice-short-feedback = Ein kurzes Ablaufdatum begrenzt den Schaden, aber bis dahin kann jemand anderes unter deinem Namen handeln. Die Einstellung im Pull Request, die Maintainern Änderungen erlaubt, hätte gereicht.
open-source-bounty-token-choice-checkbox = Ein Token teile ich lieber nicht. Ich erlaube im PR Änderungen durch Maintainer.
open-source-bounty-token-choice-checkbox-feedback = Richtig: Der Fix kann gepusht werden, und dein Account bleibt deiner. Achte darauf, wie gelassen ein ehrliches Maintainer-Team ein Nein nimmt.
open-source-bounty-token-thanks = danke! fix ist gepusht. ich lösch das token jetzt, versprochen
open-source-bounty-token-ok = Ah stimmt, das geht auch. Fix ist gepusht.

open-source-bounty-merged = Dein Pull Request wurde angenommen und in den Hauptbranch von brindle gemergt.
open-source-bounty-thanks = Gemergt 🎉 Danke, super Fix! Reich deine Ausgabe auf Open Collective ein, wann du willst, wir geben Auszahlungen einmal pro Woche frei.
open-source-bounty-expense = Du reichst auf der Open-Collective-Seite des Projekts eine Ausgabe ein: deine Rechnung für das Bounty, die Auszahlungsdaten im eigenen Formular von Open Collective.
open-source-bounty-paid = Open Collective: Deine Ausgabe über { MONEY($bounty) } wurde genehmigt und ausgezahlt. Die Auszahlung steht öffentlich auf der Seite des Projekts.
open-source-bounty-next-bounty = Wenn du Lust hast, gibt es ein größeres: { MONEY($bigger) } für den Umbau der async-API. Gleicher Ablauf, in den Issues mit „bounty“ markiert.
open-source-bounty-more-choice-read = Ich lese erst das Issue und schreibe dann dort, wenn ich es übernehme.
open-source-bounty-more-choice-read-feedback = Eine vernünftige Art zu entscheiden: Die Arbeit ist öffentlich, also kannst du ihren Umfang einschätzen, bevor du zusagst.
open-source-bounty-more-choice-contract = Nur mit einem Vertrag, den das Projekt unterschreibt. Mehr Geld, mehr Risiko.
open-source-bounty-more-choice-contract-feedback = Bounties laufen über den offenen Ablauf, den du gerade erlebt hast: ein öffentliches Issue, ein öffentliches Review und die Auszahlung über die öffentliche Seite. Ein unterschriebener Vertrag blockiert das, ohne dich sicherer zu machen; das Issue zu lesen war der Weg, die Arbeit einzuschätzen.
open-source-bounty-more-choice-refuse = Nein, danke. Wenn Geld so leicht kommt, ist irgendwas faul.
open-source-bounty-more-choice-refuse-feedback = Du hast schon gesehen, wie es läuft: echte Arbeit, öffentliches Review, öffentliche Auszahlung. Mehr Arbeit derselben Art ist kein neues Warnsignal.
open-source-bounty-no-contract = hm, bounties haben keine verträge, nur den öffentlichen ablauf wie diesmal. kein ding, vielleicht ein andermal 🙂

open-source-bounty-hired = Du hast das Bounty verdient, und das nächste wartet. Der Discord war der öffentliche des Projekts, im Call ging es um Code, das Geld kam über eine öffentliche Sponsoring-Seite für Arbeit, die du wirklich gemacht hast, und dein Account blieb deiner.
open-source-bounty-hired-token = Du hast das Bounty verdient, und das nächste wartet. Das Maintainer-Team war ehrlich, aber mit einem Token für deinen GitHub-Account kann, wer es hat, als du handeln, bis es abläuft oder du es widerrufst. Falls es noch existiert, lösche es in deinen GitHub-Einstellungen; erlaube beim nächsten Mal stattdessen Änderungen durch Maintainer im Pull Request.
open-source-bounty-hired-once = Du hast das Bounty verdient, sicher. Das nächste abzulehnen, ist deine Entscheidung; es war derselbe offene Ablauf wie beim ersten.
open-source-bounty-missed = Du hast ein ehrliches Bounty abgelehnt. Vorsicht ist gut; hier war der Discord der öffentliche Server des Projekts, das Budget stand auf einer öffentlichen Sponsoring-Seite, im Call ging es um Code, und das Geld kam nach echter Arbeit. Prüf beim nächsten Mal, worum du eigentlich gebeten wirst, bevor du gehst.

open-source-bounty-fine-off-platform = Der Discord-Server war der öffentliche des Projekts, verlinkt im README, und das Bounty blieb im Issue vermerkt. Ein Drängen in einen privaten Chat durch eine fremde Person, bevor irgendetwas vereinbart war, wäre das Warnsignal gewesen.
open-source-bounty-fine-easy-money = Das Geld bezahlte echte Arbeit: einen öffentlich geprüften Fix, ausgezahlt über eine öffentliche Sponsoring-Seite, auf der du das Budget und frühere Auszahlungen prüfen konntest. Leichtes Geld heißt Bezahlung für wenig oder keine Arbeit, meist mit Druck, schnell zu entscheiden.
open-source-bounty-fine-proxy-verification = Im Call hast du als du selbst gesprochen, über den Code, den du reparierst. Das Warnsignal ist, für jemand anderen in einem Call aufzutreten oder eine Prüfung zu bestehen.
