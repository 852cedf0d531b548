# Сценарій «legit-open-source-bounty»: чесна людина з команди мейнтейнерів. Змінні:
# $maintainer (ім'я; у списку і жінки, і чоловіки, тому в репліках мейнтейнера немає дієслів
# минулого часу й родових закінчень про себе, а ім'я стоїть лише в називному відмінку),
# $bounty і $bigger (долари), $bug (leak або race, для селектора).
# Мейнтейнер пише невимушено й коротко: часто з малої літери, кілька емодзі, короткі рядки,
# українська добра, але не рідна (дрібні огріхи, без глузування). Жодного тиску. На «ти», і
# гравець відповідає на «ти». Гравець — без дієслів минулого часу в першій особі.
# «brindle» — вигадана бібліотека з відкритим кодом.

legit-open-source-bounty-title = Баунті за ваш баг-репорт
legit-open-source-bounty-summary = Мейнтейнер бібліотеки з відкритим кодом пропонує вам оплачуване баунті за баг, про який ви повідомили.
legit-open-source-bounty-cast-maintainer = { $maintainer }

legit-open-source-bounty-mention = { $maintainer } згадує вас в issue «{ $bug ->
    [leak] Memory leak in the streaming decoder
   *[race] Race condition in the cache layer
}» у brindle.
legit-open-source-bounty-hello = привіт! це ж твій репорт минулого місяця, і аналіз точнісінько в ціль. я з команди мейнтейнерів brindle 👋
legit-open-source-bounty-bounty = Ми поставили на нього баунті { MONEY($bounty) } зі спонсорського фонду. Воно є на публічній сторінці проєкту в Open Collective. Хочеш взяти?
legit-open-source-bounty-discord = Баунті ми координуємо в Discord проєкту, посилання-запрошення є в README. Заходь у #bounties і пінгуй мене там, так легше по деталях.

legit-open-source-bounty-move-choice-join = Звісно, зайду за посиланням з README і пінгану тебе в #bounties.
legit-open-source-bounty-move-choice-join-feedback = Запрошення з README самого проєкту веде на справжній публічний сервер проєкту, а не в приватний чат із незнайомцем.
legit-open-source-bounty-move-choice-ask = Охоче. Лише перепитаю: це той сервер, що в README?
legit-open-source-bounty-move-choice-refuse = Краще лишімося тут, в issue. Грошові пропозиції, які тягнуть у Discord, мене насторожують.
legit-open-source-bounty-move-choice-refuse-feedback = Так теж можна, і мейнтейнер не проти. Публічний сервер проєкту з посиланням у README — не той перехід, через який варто хвилюватися; а от приватний чат, куди незнайомець тягне ще до будь-якої домовленості, — так.

legit-open-source-bounty-readme-reply = так, саме той, те саме посилання що в README. баунті також записане тут в issue
legit-open-source-bounty-stay-issue = Без проблем, лишаємося тут в issue. Працює так само.
legit-open-source-bounty-joined = Ви на сервері brindle, приєднання — за посиланням із README проєкту. Сервер публічний, у ньому кілька тисяч учасників.
legit-open-source-bounty-dc-hello = Вітаю! Це #bounties, усе що ми фінансуємо, закріплено тут 🎉

legit-open-source-bounty-how-it-works = Як це працює: ти виправляєш у своєму форку й відкриваєш PR, як будь-який контриб'ютор. Після мержу подаєш витрату з рахунком на нашій сторінці в Open Collective, і виплата там видна, публічно.
legit-open-source-bounty-bounty-choice-take = Чудово, я в ділі. Сьогодні ввечері форкну й відкрию чернетку PR.
legit-open-source-bounty-bounty-choice-check = Звучить добре. Спершу гляну на це баунті на вашій сторінці в Open Collective.
legit-open-source-bounty-bounty-choice-check-feedback = Добре чуття: публічний бюджет можна перевірити самостійно. Тут усе сходиться.
legit-open-source-bounty-bounty-choice-doubt = { MONEY($bounty) } за одне виправлення? Чесно, звучить аж надто добре, щоб бути правдою.
legit-open-source-bounty-bounty-choice-doubt-feedback = Слушне запитання. Тривожний сигнал — гроші за мізерну роботу чи за жодну, плюс тиск. Баунті — це оплата справжньої роботи, яку рев'юють публічно й оплачують через публічну сторінку.
legit-open-source-bounty-checked = На сторінці проєкту в Open Collective: баунті є в списку, його профінансували спонсори, а поруч — рік попередніх виплат іншим контриб'юторам.

legit-open-source-bounty-doubt-reply = Слушне питання! Баг дуже неприємний, дві компанії, що використовують brindle у продакшні, скинулися саме щоб його виправити. Їхні внески видно на сторінці в Open Collective. Без тиску.
legit-open-source-bounty-doubt-choice-in = Гаразд, це все пояснює. Я в ділі, цього тижня візьмуся за виправлення.
legit-open-source-bounty-doubt-choice-look = Логічно. Перевірю ці внески на сторінці, а тоді почну.
legit-open-source-bounty-doubt-choice-pass = Однаково забагато за один баг. Я пас, але дякую за пропозицію.

legit-open-source-bounty-call = ще одне: швидкий голосовий дзвінок на 15 хв у голосовому каналі сервера? проведу тебе по нутрощах { $bug ->
    [leak] декодера
   *[race] кеш-шару
}, зекономить тобі години
legit-open-source-bounty-call-elsewhere = Ще одне: швидкий голосовий дзвінок на 15 хв у Discord проєкту? Заходиш лише на дзвінок. Проведу тебе по нутрощах { $bug ->
    [leak] декодера
   *[race] кеш-шару
}, зекономить тобі години.
legit-open-source-bounty-call-choice-join = Звісно, зараз саме маю час. У який голосовий канал заходити?
legit-open-source-bounty-call-choice-who = Звісно. А хто ще буде на дзвінку, чи лише ти?
legit-open-source-bounty-call-choice-who-feedback = Запитати завжди можна. Тут ідеться про вас самих і про код. Тривожний сигнал — коли просять з'явитися на дзвінку чи пройти перевірку замість когось іншого.
legit-open-source-bounty-call-choice-refuse = Дзвінків із незнайомими людьми я не роблю. Можеш просто написати?
legit-open-source-bounty-call-choice-refuse-feedback = Мейнтейнер охоче все напише. Але дзвінок, де ви говорите від себе про код, — звичайна справа; тривожний сигнал — дзвінок чи перевірка особи від імені когось іншого.
legit-open-source-bounty-no-call = np, напишу все в issue сьогодні ввечері

legit-open-source-bounty-call-cohost = Голосовий дзвінок: { $maintainer } і ще одна людина з команди, авторка чи автор початкового коду, 15 хвилин усе вам пояснюють.
legit-open-source-bounty-call-cohost-after = Дякую за час! Друга людина з команди теж подивиться твій PR, цей код вона знає найкраще.
legit-open-source-bounty-call-solo = Голосовий дзвінок: { $maintainer }, 14 хвилин, про код і ні про що інше.
legit-open-source-bounty-call-solo-after = дякую, було корисно! пінгани мене коли PR буде

legit-open-source-bounty-pr-open = Через кілька днів ви відкриваєте зі свого форку pull request з виправленням і тестом на цей баг.
legit-open-source-bounty-review = Лишаю два дрібні коментарі в PR, а так виглядає чудово. І тест на баг класний!
legit-open-source-bounty-token = до речі CI червоний лише на твоїй гілці, якась штука з лінтером. найпростіше: ти робиш personal access token для свого акаунта GitHub і кидаєш мені в DM, і я сам пушу фікс 🙏
legit-open-source-bounty-token-choice-send = Звісно, так нам обом швидше. Зараз зроблю токен і кину тобі в DM.
legit-open-source-bounty-token-choice-send-feedback = Намір добрий, але з токеном той, у кого він є, може діяти на GitHub від вашого імені. Налаштування самого pull request, що дозволяє мейнтейнерам вносити зміни, дає ту саму допомогу без передачі вашого акаунта.
legit-open-source-bounty-token-choice-short = Гаразд, але зроблю такий, що спливає завтра, про всяк випадок.
legit-open-source-bounty-token-choice-short-feedback = Короткий строк обмежує шкоду, але до того часу хтось інший може діяти від вашого імені. Налаштування самого pull request, що дозволяє мейнтейнерам вносити зміни, цілком би впоралося.
legit-open-source-bounty-token-choice-checkbox = Токен я краще не даватиму. Дозволю в PR зміни від мейнтейнерів.
legit-open-source-bounty-token-choice-checkbox-feedback = Саме так: фікс можна запушити, а ваш акаунт лишається вашим. Зверніть увагу, як спокійно чесний мейнтейнер сприймає відмову.
legit-open-source-bounty-token-thanks = дяк! фікс запушено. токен зараз видаляю, обіцяю
legit-open-source-bounty-token-ok = А, точно, так теж можна. Фікс запушено.

legit-open-source-bounty-merged = Ваш pull request схвалено й змерджено в головну гілку brindle.
legit-open-source-bounty-thanks = Змерджено 🎉 Дякую, чудовий фікс! Подавай витрату в Open Collective коли зручно, виплати ми схвалюємо раз на тиждень.
legit-open-source-bounty-expense = Ви подаєте витрату на сторінці проєкту в Open Collective: ваш рахунок за баунті, а дані для виплати — у власній формі Open Collective.
legit-open-source-bounty-paid = Open Collective: вашу витрату на { MONEY($bounty) } схвалено й виплачено. Виплата публічно видна на сторінці проєкту.
legit-open-source-bounty-next-bounty = Якщо хочеш, є більше: { MONEY($bigger) } за переробку async API. Процес той самий, в issues воно з міткою «bounty».
legit-open-source-bounty-more-choice-take = Так, із радістю візьмуся. Процес такий самий, як цього разу, так?
legit-open-source-bounty-more-choice-read = Спершу прочитаю issue і напишу там, якщо візьмуся.
legit-open-source-bounty-more-choice-read-feedback = Розумний спосіб вирішити: робота публічна, тож її обсяг можна оцінити, перш ніж братися.
legit-open-source-bounty-more-choice-refuse = Ні, дякую. Коли гроші йдуть так легко, щось тут не так.
legit-open-source-bounty-more-choice-refuse-feedback = Ви вже бачили, як це працює: справжня робота, публічне рев'ю й публічна виплата. Більше такої самої роботи — не новий тривожний сигнал.

legit-open-source-bounty-hired = Баунті зароблено, і ще одне чекає. Discord був публічним сервером проєкту, дзвінок був про код, гроші прийшли через публічну спонсорську сторінку за роботу, яку ви справді зробили, а ваш акаунт лишився вашим.
legit-open-source-bounty-hired-token = Баунті зароблено, і ще одне чекає. Намір у мейнтейнера був чесний, але з токеном до вашого акаунта GitHub той, у кого він є, може діяти від вашого імені, доки токен не спливе чи ви його не відкличете. Якщо він ще існує, видаліть його в налаштуваннях GitHub; наступного разу краще дозвольте мейнтейнерам вносити зміни в pull request.
legit-open-source-bounty-hired-once = Баунті зароблено, і безпечно. Відмовитися від наступного — ваш вибір; процес був такий самий відкритий, як і першого разу.
legit-open-source-bounty-missed = Ви відмовилися від чесного баунті. Перевіряти — правильно; тут бюджет був публічним, а гроші — за справжню роботу. Наступного разу погляньте на спонсорську сторінку проєкту: вона може зняти питання.

legit-open-source-bounty-fine-off-platform = Сервер у Discord був публічним сервером проєкту з посиланням у README, а баунті лишалося записаним в issue. Тривожним сигналом було б, якби незнайомець тягнув у приватний чат ще до будь-якої домовленості.
legit-open-source-bounty-fine-easy-money = Гроші були оплатою справжньої роботи: виправлення, публічно перевіреного й оплаченого через публічну спонсорську сторінку, де можна було перевірити бюджет і попередні виплати. Легкі гроші — це оплата за мізерну роботу чи за жодну, зазвичай із тиском швидко вирішувати.
legit-open-source-bounty-fine-proxy-verification = На дзвінку ви говорили від себе, про код, який виправляли. Тривожний сигнал — з'явитися на дзвінку чи пройти перевірку від імені когось іншого.
