# Сценарій «legit-open-source-bounty»: чесний мейнтейнер. Змінні: $maintainer (ім'я; рід
# різний, тому в репліках мейнтейнера немає дієслів минулого часу й родових закінчень про
# себе, а ім'я стоїть лише в називному відмінку), $bounty і $bigger (долари), $bug (leak
# або race, для селектора).
# Мейнтейнер пише в дружньому, невимушеному тоні відкритого проєкту, на «ви»: чітко, з кількома
# емодзі, без тиску. «brindle» — вигадана бібліотека з відкритим кодом.
# Гравець — без дієслів минулого часу в першій особі.

legit-open-source-bounty-title = Баунті за ваш баг-репорт
legit-open-source-bounty-summary = Мейнтейнер бібліотеки з відкритим кодом пропонує вам оплачуване баунті за баг, про який ви повідомили.
legit-open-source-bounty-cast-maintainer = { $maintainer }

legit-open-source-bounty-mention = { $maintainer } згадує вас в issue «{ $bug ->
    [leak] Витік пам'яті в потоковому декодері
   *[race] Стан гонитви в шарі кешу
}» у проєкті brindle.
legit-open-source-bounty-hello = Привіт! Ви повідомили про цей баг минулого місяця, і ваш аналіз був точнісінький. Я з команди мейнтейнерів brindle 👋
legit-open-source-bounty-bounty = Ми призначили за нього баунті { MONEY($bounty) } зі спонсорського фонду. Воно вказане на публічній сторінці проєкту в Open Collective. Візьметеся?
legit-open-source-bounty-discord = Баунті ми координуємо на публічному Discord-сервері проєкту; посилання-запрошення є в нашому README. Заходьте в #bounties і тегніть мене там, так зручніше обговорити деталі.

legit-open-source-bounty-move-choice-join = Звісно, приєднаюся за посиланням із README.
legit-open-source-bounty-move-choice-join-feedback = Якщо брати запрошення з README самого проєкту, ви потрапляєте на справжній публічний сервер проєкту, а не в приватний чат із незнайомцем.
legit-open-source-bounty-move-choice-ask = Із задоволенням. Це той Discord, на який посилається README?
legit-open-source-bounty-move-choice-refuse = Давайте краще лишимо все тут, в issue.
legit-open-source-bounty-move-choice-refuse-feedback = Так можна, і мейнтейнер не проти. Публічний сервер проєкту з посиланням у README — не той перехід, через який варто хвилюватися; хвилюватися варто, коли незнайомець тягне в приватний чат ще до будь-якої домовленості.
legit-open-source-bounty-move-choice-leave = Гроші від незнайомця на GitHub? Схоже на шахрайство. Проігнорую.

legit-open-source-bounty-readme-reply = Так, саме той, посилання те саме, що в README. І баунті також зазначене прямо тут, в issue.
legit-open-source-bounty-stay-issue = Жодних проблем, тоді лишаємося тут, в issue. Усе працює так само.
legit-open-source-bounty-joined = Ви приєдналися до сервера brindle за посиланням із README проєкту. Сервер публічний, у ньому кілька тисяч учасників.
legit-open-source-bounty-dc-hello = Ласкаво просимо на сервер brindle! 🎉 Це #bounties, тут закріплено все, що ми фінансуємо.

legit-open-source-bounty-how-it-works = Як це працює: ви виправляєте баг у своєму форку й відкриваєте pull request, як будь-який контриб'ютор. Після мерджу подаєте expense зі своїм рахунком на нашій сторінці в Open Collective, і виплату там публічно видно.
legit-open-source-bounty-no-access = Вам не потрібен доступ до жодного з наших облікових записів, а нам ніколи не потрібен доступ до ваших. Лише звичайне код-рев'ю 🙂
legit-open-source-bounty-bounty-choice-take = Чудово, я в ділі!
legit-open-source-bounty-bounty-choice-check = Звучить добре. Спершу подивлюся на баунті на вашій сторінці в Open Collective.
legit-open-source-bounty-bounty-choice-check-feedback = Добре чуття: публічний бюджет можна перевірити самостійно. Тут усе сходиться.
legit-open-source-bounty-bounty-choice-doubt = { MONEY($bounty) } за виправлення одного багу? Звучить занадто добре, щоб бути правдою.
legit-open-source-bounty-bounty-choice-doubt-feedback = Слушне запитання. Тривожний сигнал — оплата за мінімум роботи або взагалі без неї плюс тиск. Баунті — це оплата за справжню роботу, переглянуту публічно й оплачену через публічну сторінку.
legit-open-source-bounty-checked = На сторінці проєкту в Open Collective: баунті вказано, його профінансували спонсори, а поруч — рік попередніх виплат іншим контриб'юторам.

legit-open-source-bounty-doubt-reply = Слушне питання! Баг неприємний: дві компанії, що використовують brindle у продакшені, скинулися саме на його виправлення. Їхні внески видно на сторінці в Open Collective. Жодного тиску, вирішуйте самі.
legit-open-source-bounty-doubt-choice-in = Гаразд, тепер зрозуміло. Я в ділі.
legit-open-source-bounty-doubt-choice-pass = Однаково звучить занадто добре. Я пас.

legit-open-source-bounty-call = І ще одне: може, проведемо короткий 15-хвилинний голосовий дзвінок у голосовому каналі сервера? Хочу показати вам, як влаштовано { $bug ->
    [leak] декодер
   *[race] шар кешу
} зсередини, це заощадить вам години.
legit-open-source-bounty-call-elsewhere = І ще одне: може, проведемо короткий 15-хвилинний голосовий дзвінок на Discord-сервері проєкту? Приєднатися треба лише на час дзвінка. Хочу показати вам, як влаштовано { $bug ->
    [leak] декодер
   *[race] шар кешу
} зсередини, це заощадить вам години.
legit-open-source-bounty-call-choice-join = Звісно, зараз маю час.
legit-open-source-bounty-call-choice-who = Звісно. А хто ще буде на дзвінку?
legit-open-source-bounty-call-choice-who-feedback = Запитувати завжди можна. Тут на дзвінку ви говорите про код від власного імені. Тривожний сигнал — коли вас просять з'явитися на дзвінку чи пройти перевірку замість когось іншого.
legit-open-source-bounty-call-choice-refuse = Краще без дзвінків. Можете описати це письмово?
legit-open-source-bounty-call-choice-refuse-feedback = Мейнтейнер охоче опише все письмово. Проте дзвінок, де ви говорите про код від власного імені, — звичайна справа; тривожний сигнал — дзвінок чи перевірка особи від чужого імені.
legit-open-source-bounty-no-call = Без проблем, увечері опишу все в issue.

legit-open-source-bounty-call-cohost = Голосовий дзвінок: { $maintainer } і ще один мейнтейнер — автор оригінального коду — 15 хвилин пояснюють вам, як усе влаштовано.
legit-open-source-bounty-call-cohost-after = Дякую за ваш час! Ваш PR перегляне й інший мейнтейнер — цей код він знає найкраще.
legit-open-source-bounty-call-solo = Голосовий дзвінок, { $maintainer }, 14 хвилин — про код і ні про що інше.
legit-open-source-bounty-call-solo-after = Дякую, це було корисно! Тегніть мене, коли PR буде готовий.

legit-open-source-bounty-review = Через кілька днів, у вашому pull request: «Залишено два дрібні коментарі, а так усе чудово. І гарний тест на цей баг!»
legit-open-source-bounty-merged = Ваш pull request схвалили й змерджили в основну гілку brindle.
legit-open-source-bounty-thanks = Змерджено 🎉 Дякую, чудове виправлення! Подавайте expense в Open Collective, коли будете готові; команда затверджує виплати раз на тиждень.
legit-open-source-bounty-expense = Ви подаєте expense на сторінці проєкту в Open Collective: свій рахунок за баунті, з платіжними даними, внесеними у власну форму Open Collective.
legit-open-source-bounty-paid = Open Collective: ваш expense на { MONEY($bounty) } затверджено й оплачено. Виплату публічно видно на сторінці проєкту.
legit-open-source-bounty-next-bounty = Якщо цікаво, є більше: { MONEY($bigger) } за переробку асинхронного API. Процес той самий, в issues воно позначене міткою «bounty».
legit-open-source-bounty-more-choice-take = Так, із радістю візьмуся.
legit-open-source-bounty-more-choice-read = Спершу прочитаю issue і, якщо візьмуся, напишу там коментар.
legit-open-source-bounty-more-choice-read-feedback = Розумний спосіб вирішити: робота публічна, тож ви можете оцінити її обсяг, перш ніж братися.
legit-open-source-bounty-more-choice-refuse = Ні, це вже занадто легко. Щось тут не так.
legit-open-source-bounty-more-choice-refuse-feedback = Ви вже бачили, як це працює: справжня робота, публічне рев'ю й публічна виплата. Більше роботи того самого типу — не новий тривожний сигнал.

legit-open-source-bounty-hired = Ви заробили баунті, і на вас чекає ще одне. Discord був публічним сервером проєкту, дзвінок — про код, а гроші прийшли через публічну спонсорську сторінку за роботу, яку ви справді виконали.
legit-open-source-bounty-hired-once = Ви заробили баунті, і все безпечно. Відмовитися від наступного — ваш вибір; це був той самий чесний процес, що й першого разу.
legit-open-source-bounty-missed-early = Ви проігнорували чесну пропозицію. Обережність із незнайомцями, які пропонують гроші, розумна; але тут баунті було публічним, сервер — із посиланням у README проєкту, і ніхто не просив доступу чи облікових записів. Наступного разу, перш ніж вирішувати, перевірте власні сторінки проєкту.
legit-open-source-bounty-missed = Ви відмовилися від чесного баунті. Перевіряти — добре; але тут бюджет був публічним, а оплата — за справжню роботу. Наступного разу подивіться на спонсорську сторінку проєкту: вона може розвіяти сумніви.
