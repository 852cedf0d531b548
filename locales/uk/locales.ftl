# redflag locales: інструменти перекладача (status, new, check, confirm).

## Файли-заготовки (redflag locales new)

locales-skeleton-header =
    Переклад файлу { $file } мовою { $lang }, створений командою «redflag locales new».
    Кожне повідомлення закоментовано, доки його не перекладено: приберіть «# » перед ідентифікатором і напишіть текст після «=».
    Доти гра показує англійський текст, а «redflag locales check { $lang }» повідомляє, що повідомлення не перекладено.
locales-skeleton-speaker = Хто говорить: { $name }
locales-skeleton-player = Хто говорить: гравець (відповідь на вибір)
locales-skeleton-channel = Канал: { $channel }
locales-skeleton-before = Безпосередньо перед цим: { $text }
locales-skeleton-length = Коротко: щонайбільше { $max } символів (в англійському — { $len })
locales-skeleton-english = Англійською: { $text }

locales-new-written = Записано { $files ->
        [one] { $files } файл
        [few] { $files } файли
        [many] { $files } файлів
       *[other] { $files } файлу
    } з { $messages ->
        [one] { $messages } повідомленням
        [few] { $messages } повідомленнями
        [many] { $messages } повідомленнями
       *[other] { $messages } повідомлення
    } у { $dir }.
locales-new-kept = Залишено { $path }: цей файл уже існує.
locales-new-next =
    Далі: перекладіть повідомлення, потім дивіться свій прогрес командою «redflag locales», а проблеми — командою «redflag locales check { $lang }».
    Задайте в ui.ftl «language-name» — назву мови її власною мовою: її показує перемикач мов.
locales-new-next-pack = Спробуйте так: «redflag --scenarios { $dir } --lang { $lang }».
locales-bad-tag = «{ $lang }» не є мовним тегом на кшталт «pl» чи «pt-BR».
locales-write-failed = Не вдалося записати { $path }: { $reason }
locales-unknown = Локалізації «{ $lang }» немає. Почніть її командою «redflag locales new { $lang }».

## Стан (redflag locales)

locales-col-locale = Локалізація
locales-col-file = Файл
locales-col-complete = Готово
locales-col-missing = Бракує
locales-col-obsolete = Зайві
locales-col-stale = Застарілі
locales-all-files = усі файли
locales-percent = { $percent }%
locales-untracked = не відстежується
locales-pseudo =
    Псевдолокалізації, створені з англійської під час запуску гри: en-XA (з діакритикою, приблизно на 40% довша) і ar-XB (дзеркальна, справа наліво).
    Спробуйте їх з «--lang en-XA»; «--show-ids» показує ідентифікатор кожного повідомлення поруч із текстом.

## Застарілі переклади (redflag locales confirm)

locales-confirmed = Підтверджено { $count ->
        [one] { $count } переклад
        [few] { $count } переклади
        [many] { $count } перекладів
       *[other] { $count } перекладу
    } мовою { $lang } у { $path }; { $stale ->
        [0] застарілих немає.
        [one] застарілих ще: { $stale }.
        [few] застарілих ще: { $stale }.
        [many] застарілих ще: { $stale }.
       *[other] застарілих ще: { $stale }.
    }
locales-confirm-unknown = «{ $id }» не є перекладеним повідомленням мови { $lang } з англійським джерелом; пропущено.
locales-check-file = { $file }: бракує { $missing }, застарілих { $obsolete }, неактуальних { $stale }, інших попереджень { $other }
locales-check-file-new = { $file }: ще не розпочато, для перекладу { $missing ->
    [one] { $missing } повідомлення
    [few] { $missing } повідомлення
    [many] { $missing } повідомлень
   *[other] { $missing } повідомлення
}
locales-check-more = Кожне попередження повністю: додайте --all; або оберіть через --file НАЗВА, --code W061 чи --errors-only.
locales-skeleton-pool = Ім'я береться зі списку «{ $pool }» у pools.ftl: узгоджуйте слова про цю особу з граматичним родом цього списку
locales-skeleton-note = Примітка: { $text }
locales-unknown-here = Тут є тека locales/{ $lang }, але цей redflag не має мови «{ $lang }»: він знає свої вбудовані мови та пакети, які йому передано. Використайте цю теку як пакет: «redflag --scenarios . locales check { $lang }»; у копії репозиторію «cargo build» додасть її до програми.
# У таблиці стану замість відсотка: файл має синтаксичну помилку (див. locales check).
locales-broken = зламано

## Оновлення файлів (redflag locales update)

locales-updated = Оновлено файлів: { $changed }, створено нових: { $created } у { $dir }. Додано повідомлень: { $added }, оновлено коментарі над повідомленнями: { $refreshed }. Жоден переклад не змінено.
    Далі: «redflag{ $packs } locales check { $lang }» покаже, що ще перекласти, і кожен застарілий переклад з англійським текстом тоді й тепер.
locales-updated-nothing = У { $dir } нічого оновлювати: кожен файл відповідає англійському тексту.
locales-update-unreadable = { $path } залишено як є: { $kind ->
        [utf8] це не текст UTF-8.
        [not-a-file] це не звичайний файл.
        [too-large] файл більший ({ $detail } байтів), ніж може бути файл перекладу.
       *[io] { $detail }
    }
