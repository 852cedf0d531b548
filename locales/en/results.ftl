# Workshop results: the results file, `redflag results` and its tables.

results-file-corrupt = The results file { $path } cannot be read ({ $reason }). It is left exactly as it is. Results are not recorded until it is fixed or moved away; the game still plays.
results-file-foreign = The file { $path } is not a results file this version of redflag can write ({ $reason }). It is left exactly as it is. Results are not recorded until it is fixed or moved away; the game still plays.
results-file-io = The results file { $path } could not be used: { $reason }. This result is not recorded.
results-why-not-a-file = it is not a regular file (a pipe, a device or a folder)
results-why-no-format = it does not say that it holds redflag results
results-why-format = it says it holds “{ $format }”, not redflag results
results-why-newer = it was written in version { $version } of the results format; this redflag writes version { $supported }
results-bad-participant = “{ $code }” cannot be a participant code. Use 1 to 32 letters, digits, - or _, such as B7 or group2-14. Never a name.
results-no-data-dir = There is no data folder for results on this system (set XDG_DATA_HOME).
results-empty = No results yet in { $path }.
results-empty-kept = No results yet in this browser. Play a scenario to the debrief, and it is kept here.
results-heading = Results in { $path }

results-overview = Overview
results-flags = Red flags
results-scenarios = Scenarios
results-discernment = Telling scams from honest offers

results-col-records = records
results-col-participants = participant codes
results-col-flag = red flag
results-col-met = met
results-col-spotted = spotted
results-col-missed = missed
results-col-false_alarms = false alarms
results-col-spot_rate = spotted rate
results-col-scenario = scenario
results-col-runs = runs
results-col-best = best
results-col-last = last
results-col-mean = mean score
results-col-safe = safe endings
results-col-measure = where
results-col-n = answers
results-col-hit_rate = hits
results-col-false_alarm_rate = false alarms
results-col-discernment = discernment
results-col-right = right %
results-col-certainty = sure %
results-col-calibration_gap = calibration gap

results-col-d_prime = d′
results-col-bias = c
results-col-auc = AUC
results-participants = The before/after check, per participant code
results-col-participant = participant
results-col-d_prime_before = d′ before
results-col-d_prime_after = d′ after
results-col-bias_before = c before
results-col-bias_after = c after
results-col-auc_before = AUC before
results-col-auc_after = AUC after

results-row-play = in the game
results-row-before = check before
results-row-after = check after
results-row-booster = boosters
results-row-change = change (after − before)

results-note =
    Discernment: the share of scams called scams minus the share of honest messages called scams, in percentage points (higher is better; suspecting everything scores 0).
    Sure %: confidence 1 to 5 read as 50 % to 100 % sure. Calibration gap: sure % minus right % (0 is ideal; above 0 is overconfident).
    d′ (sensitivity): how well scams are told from honest offers, apart from any leaning (0 is guessing; higher is better). c (bias): below 0 leans to calling things scams, above 0 to calling them honest; a workshop that only raises suspicion moves c, not d′.
    AUC: from the verdicts and how sure they were, the chance that a scam is rated more scam-like than an honest message (0.5 is chance, 1 is perfect).

results-forget-confirm = Delete all { $count } records in { $path }? This cannot be undone.
results-forget-yes = Delete them
results-forget-no = Keep them
results-forget-kept = Nothing was deleted.
results-forgotten = { $count ->
    [one] Deleted 1 record.
   *[other] Deleted { $count } records.
}
results-unknown-ids = { $count ->
    [one] These results name an id this redflag does not know ({ $ids }): it was played with a pack. Give the same pack before the command (redflag --scenarios DIR …) to see its name; until then it is shown as its id.
   *[other] These results name { $count } ids this redflag does not know ({ $ids }): they were played with a pack. Give the same packs before the command (redflag --scenarios DIR …) to see their names; until then they are shown as ids.
}
