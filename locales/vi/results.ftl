# Kết quả workshop: tệp kết quả, `redflag results` và các bảng của nó.

results-file-corrupt = Không đọc được tệp kết quả { $path } ({ $reason }). Tệp được giữ nguyên như cũ. Kết quả sẽ không được ghi lại cho đến khi tệp được sửa hoặc chuyển đi chỗ khác; trò chơi vẫn chơi được.
results-file-foreign = Tệp { $path } không phải tệp kết quả mà phiên bản redflag này có thể ghi ({ $reason }). Tệp được giữ nguyên như cũ. Kết quả sẽ không được ghi lại cho đến khi tệp được sửa hoặc chuyển đi chỗ khác; trò chơi vẫn chơi được.
results-file-io = Không dùng được tệp kết quả { $path }: { $reason }. Kết quả này không được ghi lại.
results-why-not-a-file = đây không phải là một tệp thông thường (một pipe, một thiết bị hay một thư mục)
results-why-no-format = tệp không cho biết nó chứa kết quả redflag
results-why-format = tệp cho biết nó chứa “{ $format }”, không phải kết quả redflag
results-why-newer = tệp được ghi bằng phiên bản { $version } của định dạng kết quả; bản redflag này ghi phiên bản { $supported }
results-bad-participant = “{ $code }” không thể là mã người tham gia. Hãy dùng từ 1 đến 32 chữ cái, chữ số, - hoặc _, ví dụ B7 hoặc group2-14. Không bao giờ dùng tên.
results-no-data-dir = Hệ thống này không có thư mục dữ liệu để lưu kết quả (hãy đặt XDG_DATA_HOME).
results-empty = Chưa có kết quả nào trong { $path }.
results-empty-kept = Trình duyệt này chưa có kết quả nào. Hãy chơi một tình huống đến phần tổng kết, kết quả sẽ được lưu ở đây.
results-heading = Kết quả trong { $path }

results-overview = Tổng quan
results-flags = Dấu hiệu cảnh báo
results-scenarios = Kịch bản
results-discernment = Phân biệt lừa đảo với lời mời đàng hoàng

results-col-records = bản ghi
results-col-participants = mã người tham gia
results-col-flag = dấu hiệu cảnh báo
results-col-met = đã gặp
results-col-spotted = đã nhận ra
results-col-missed = đã bỏ sót
results-col-false_alarms = báo động nhầm
results-col-spot_rate = tỉ lệ nhận ra
results-col-scenario = kịch bản
results-col-runs = lượt chơi
results-col-best = cao nhất
results-col-last = gần nhất
results-col-mean = điểm trung bình
results-col-safe = kết thúc an toàn
results-col-measure = ở đâu
results-col-n = câu trả lời
results-col-hit_rate = trúng
results-col-false_alarm_rate = báo động nhầm
results-col-discernment = khả năng phân biệt
results-col-right = % đúng
results-col-certainty = % chắc chắn
results-col-calibration_gap = độ lệch hiệu chuẩn

results-col-d_prime = d′
results-col-bias = c
results-col-auc = AUC
results-participants = Bài kiểm tra trước/sau, theo mã người tham gia
results-col-participant = người tham gia
results-col-d_prime_before = d′ trước
results-col-d_prime_after = d′ sau
results-col-bias_before = c trước
results-col-bias_after = c sau
results-col-auc_before = AUC trước
results-col-auc_after = AUC sau

results-row-play = trong trò chơi
results-row-before = kiểm tra trước
results-row-after = kiểm tra sau
results-row-booster = ôn tập
results-row-change = thay đổi (sau − trước)

results-note =
    Khả năng phân biệt: tỉ lệ tin lừa đảo được gọi là lừa đảo trừ đi tỉ lệ tin đàng hoàng bị gọi là lừa đảo, tính bằng điểm phần trăm (càng cao càng tốt; nghi ngờ mọi thứ được 0 điểm).
    % chắc chắn: mức tự tin từ 1 đến 5 được hiểu là chắc chắn từ 50 % đến 100 %. Độ lệch hiệu chuẩn: % chắc chắn trừ % đúng (0 là lý tưởng; lớn hơn 0 là quá tự tin).
    d′ (độ nhạy): mức độ phân biệt lừa đảo với lời mời thật, không phụ thuộc vào thiên hướng (0 là đoán mò; càng cao càng tốt). c (thiên hướng): dưới 0 là nghiêng về gọi mọi thứ là lừa đảo, trên 0 là nghiêng về gọi là thật; một buổi hội thảo chỉ làm tăng nghi ngờ sẽ làm thay đổi c, không phải d′.
    AUC: từ các phán đoán và mức tự tin, xác suất một tin lừa đảo bị đánh giá là đáng ngờ hơn một tin thật (0,5 là ngẫu nhiên, 1 là hoàn hảo).

results-forget-confirm = Xóa toàn bộ { $count } bản ghi trong { $path }? Không thể hoàn tác việc này.
results-forget-yes = Xóa
results-forget-no = Giữ lại
results-forget-kept = Không có gì bị xóa.
# Tiếng Việt không chia số nhiều.
results-forgotten = Đã xóa { $count } bản ghi.
results-unknown-ids = Các kết quả này có { $count } mã mà redflag này không biết ({ $ids }): chúng được chơi cùng một gói. Hãy đưa đúng gói đó trước lệnh (redflag --scenarios THƯ_MỤC …) để thấy tên; cho đến lúc đó chỉ hiện mã.
