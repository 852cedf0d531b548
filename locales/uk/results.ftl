# Результати тренінгу: файл результатів, «redflag results» і його таблиці.

results-file-corrupt = Не вдається прочитати файл результатів { $path } ({ $reason }). Його залишено точно як є. Результати не записуватимуться, доки файл не виправлять або не перемістять; грати можна й далі.
results-file-foreign = Файл { $path } не є файлом результатів, який може записувати ця версія redflag ({ $reason }). Його залишено точно як є. Результати не записуватимуться, доки файл не виправлять або не перемістять; грати можна й далі.
results-file-io = Не вдалося скористатися файлом результатів { $path }: { $reason }. Цей результат не записано.
results-why-not-a-file = це не звичайний файл (канал, пристрій чи тека)
results-why-no-format = у ньому не зазначено, що він містить результати redflag
results-why-format = у ньому зазначено «{ $format }», а не результати redflag
results-why-newer = його записано у версії { $version } формату результатів; ця версія redflag записує версію { $supported }
results-bad-participant = «{ $code }» не може бути кодом учасника. Використовуйте від 1 до 32 латинських літер, цифр, - або _, наприклад B7 чи group2-14. Ніколи не ім'я.
results-no-data-dir = У цій системі немає теки даних для результатів (задайте XDG_DATA_HOME).
results-empty = У { $path } ще немає результатів.
results-empty-kept = У цьому браузері ще немає результатів. Пройдіть сценарій до розбору, і результат збережеться тут.
results-heading = Результати в { $path }

results-overview = Огляд
results-flags = Тривожні сигнали
results-scenarios = Сценарії
results-discernment = Розрізнення шахрайства й чесних пропозицій

results-col-records = записи
results-col-participants = коди учасників
results-col-flag = тривожний сигнал
results-col-met = трапився, разів
results-col-spotted = помічено
results-col-missed = пропущено
results-col-false_alarms = хибні тривоги
results-col-spot_rate = частка помічених
results-col-scenario = сценарій
results-col-runs = раунди
results-col-best = рекорд
results-col-last = останній
results-col-mean = середній бал
results-col-safe = безпечні завершення
results-col-measure = де
results-col-n = відповіді
results-col-hit_rate = влучання
results-col-false_alarm_rate = хибні тривоги
results-col-discernment = розрізнення
results-col-right = правильно, %
results-col-certainty = впевненість, %
results-col-calibration_gap = розрив калібрування

results-col-d_prime = d′
results-col-bias = c
results-col-auc = AUC
results-participants = Перевірка до і після за кодами учасників
results-col-participant = учасник
results-col-d_prime_before = d′ до
results-col-d_prime_after = d′ після
results-col-bias_before = c до
results-col-bias_after = c після
results-col-auc_before = AUC до
results-col-auc_after = AUC після

results-row-play = у грі
results-row-before = перевірка до
results-row-after = перевірка після
results-row-booster = раунди закріплення
results-row-change = зміна (після − до)

results-note =
    Розрізнення: частка шахрайських повідомлень, названих шахрайством, мінус частка чесних повідомлень, названих шахрайством, у відсоткових пунктах (що більше, то краще; підозра до всього дає 0).
    Впевненість, %: упевненість від 1 до 5 як 50–100 %. Розрив калібрування: впевненість, % мінус правильно, % (ідеал — 0; більше за 0 — надмірна впевненість).
    d′ (чутливість): наскільки добре шахрайство відрізняють від чесних пропозицій, незалежно від схильності (0 — вгадування; що більше, то краще). c (схильність): нижче 0 — схильність називати все шахрайством, вище 0 — чесним; воркшоп, що лише посилює підозріливість, змінює c, а не d′.
    AUC: за відповідями та впевненістю — імовірність того, що шахрайське повідомлення оцінять як більш підозріле, ніж чесне (0,5 — випадковість, 1 — ідеально).

results-forget-confirm = Видалити всі записи ({ $count }) у { $path }? Цю дію не можна скасувати.
results-forget-yes = Видалити
results-forget-no = Залишити
results-forget-kept = Нічого не видалено.
results-forgotten = { $count ->
    [one] Видалено { $count } запис.
    [few] Видалено { $count } записи.
    [many] Видалено { $count } записів.
   *[other] Видалено { $count } запису.
}
results-unknown-ids = { $count ->
    [one] Ці результати містять { $count } ідентифікатор, якого цей redflag не знає ({ $ids }): у нього грали з пакетом. Вкажіть той самий пакет перед командою (redflag --scenarios ТЕКА …), щоб побачити назви; доти показано ідентифікатори.
    [few] Ці результати містять { $count } ідентифікатори, яких цей redflag не знає ({ $ids }): у них грали з пакетом. Вкажіть ті самі пакети перед командою (redflag --scenarios ТЕКА …), щоб побачити назви; доти показано ідентифікатори.
    [many] Ці результати містять { $count } ідентифікаторів, яких цей redflag не знає ({ $ids }): у них грали з пакетом. Вкажіть ті самі пакети перед командою (redflag --scenarios ТЕКА …), щоб побачити назви; доти показано ідентифікатори.
   *[other] Ці результати містять { $count } ідентифікатора, яких цей redflag не знає ({ $ids }): у них грали з пакетом. Вкажіть ті самі пакети перед командою (redflag --scenarios ТЕКА …), щоб побачити назви; доти показано ідентифікатори.
}
