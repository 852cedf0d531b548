# Giao diện terminal (redflag play trong terminal). Văn bản ngắn: nên vừa 40 cột nếu có thể.
# Tên phím (Enter, Esc, PgUp) giữ đúng như in trên bàn phím; các phím chữ (L, S, H, Q) không đổi.

tui-app-title = redflag
tui-start-heading = Chọn một cuộc trò chuyện
tui-start-keys = Lên/Xuống chọn   Enter chơi   L ngôn ngữ   S cài đặt   H sổ tay   R kết quả   C kiểm tra   I đã lỡ dính vào?   ? trợ giúp   Q thoát
tui-not-played = chưa chơi
# Giữ dạng “điểm/tối đa” (ví dụ 7/10), như trong phần tổng kết. Tiếng Việt không chia số nhiều.
tui-best = đã chơi { $plays } lần, cao nhất { $points }/{ $max }
tui-state-broken = Không đọc được tiến trình đã lưu trong { $path }. Tệp được giữ nguyên và sẽ không bị thay đổi; phiên chơi này sẽ không được lưu.
tui-state-unwritable = Không lưu được tiến trình của bạn: { $reason }

## Chọn và đổi ngôn ngữ

tui-pick-language = Chọn ngôn ngữ (Lên/Xuống, Enter):
tui-languages-title = Ngôn ngữ

## Cài đặt

tui-settings-title = Cài đặt
tui-settings-keys = Lên/Xuống chọn, Enter hoặc Space thay đổi, Esc đóng. Cài đặt được lưu lại.
tui-setting-typing = Tốc độ gõ chữ: { $value }
tui-setting-motion = Giảm chuyển động: { $value }
tui-setting-colours = Màu sắc: { $value }
tui-setting-plain = Chế độ thuần cho trình đọc màn hình (từ lần mở sau): { $value }
tui-setting-ascii = Chỉ dùng ký hiệu ASCII: { $value }
tui-speed-slow = chậm
tui-speed-normal = bình thường
tui-speed-fast = nhanh
tui-speed-instant = tức thì
tui-colours-normal = bình thường
tui-colours-high-contrast = tương phản cao
tui-colours-none = không màu
tui-colours-no-color-env = không màu (NO_COLOR)
tui-on = bật
tui-off = tắt

## Trợ giúp

tui-help-title = Trợ giúp
tui-help =
    Đọc cuộc trò chuyện và trả lời như bạn vẫn làm. Hãy để ý các dấu hiệu cảnh báo: những yêu cầu có thể cho phép người khác làm việc dưới tên bạn.
    Lên/Xuống hoặc phím số: chọn câu trả lời. Enter: gửi đi.
    Space hoặc Enter: hiện mọi tin nhắn cho đến lượt trả lời tiếp theo của bạn.
    PgUp/PgDn, Home/End: cuộn cuộc trò chuyện.
    Esc hoặc Q: quay lại danh sách. Ctrl-C: thoát ngay.
    Nhấn phím bất kỳ để đóng phần trợ giúp này.

## Cuộc trò chuyện

tui-status-online = đang trực tuyến
tui-status-typing = đang soạn tin…
tui-typing = { $name } đang soạn tin
tui-your-answer = Câu trả lời của bạn
tui-show-all = Space hoặc Enter: hiện mọi tin nhắn
tui-see-debrief = Cuộc trò chuyện đã kết thúc. Nhấn Enter để xem tổng kết.
tui-more-below = còn nữa bên dưới (End)
tui-feedback-label = Mẹo:
# Số dấu hiệu cảnh báo đã nhận ra đến lúc này: chỉ là một con số, không bao giờ là “N trên M”.
tui-chat-keys = ? trợ giúp   Esc rời đi

## Phần tổng kết

tui-replay-hint = Nhấn R để chơi tiếp từ câu trả lời cuối cùng của bạn và xem chúng (luyện tập: không được ghi lại).
tui-debrief-keys = Lên/Xuống/PgUp/PgDn cuộn   Esc hoặc Q về danh sách

## Sổ tay

tui-handbook-heading = Sổ tay dấu hiệu cảnh báo
tui-handbook-met = { $count ->
    [0] chưa gặp dấu hiệu nào
   *[other] đã gặp { $count } dấu hiệu
}
tui-handbook-locked = { $name } (đang khóa)
tui-handbook-locked-why = Bạn chưa gặp dấu hiệu cảnh báo này trong cuộc trò chuyện nào. Hãy chơi một kịch bản để mở khóa phần giải thích.
tui-handbook-side = Phía: { $side }
tui-handbook-keys = Lên/Xuống chọn   PgUp/PgDn đọc   Esc quay lại

## Màn hình nhỏ

tui-too-small = Vui lòng phóng to cửa sổ lên ít nhất { $width } cột và { $height } dòng.

tui-involved-keys = Lên/Xuống/PgUp/PgDn cuộn   Esc hoặc Q quay lại
tui-involved-hint = Đã lỡ dính vào? Nhấn I để xem cần làm gì ngay.
