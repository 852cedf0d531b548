# Trang web: các nút, nhãn và ghi chú. Các màn hình của trò chơi dùng cùng nội dung
# với trò chơi trong terminal.

web-title = redflag: nhận ra những lời mời làm việc muốn thuê danh tính của bạn
web-noscript = Trò chơi này cần JavaScript và WebAssembly. Nó chạy hoàn toàn trong trình duyệt của bạn: không có gì bạn làm ở đây được gửi đi đâu cả.
web-load-failed = Không khởi động được trò chơi trong trình duyệt này. Trình duyệt không chạy nó từ một tệp mở trên máy này: hãy mở đường dẫn bạn được gửi, hoặc phục vụ thư mục bằng một máy chủ web bất kỳ (ví dụ python3 -m http.server -d web/dist). Trình duyệt quá cũ thì không chạy được.
web-loading = Đang tải trò chơi…
web-pack-zip = Tải gói tình huống (.zip)
web-pack-folder = Tải thư mục gói
web-export = Xuất kết quả của tôi
web-plain-on = Chế độ văn bản cho trình đọc màn hình
web-keys = Phím
web-key-up = Lên
web-key-down = Xuống
web-key-enter = Enter: chọn hoặc tiếp tục
web-key-space = Phím cách: hiện các tin nhắn tiếp theo
web-key-esc = Esc: quay lại
web-key-help = Trợ giúp
web-key-lang = Ngôn ngữ
web-key-settings = Cài đặt
web-screen-text = Màn hình trò chơi dưới dạng văn bản
web-plain-heading = Chọn một tình huống:
web-plain-grid = Quay lại màn hình trò chơi
web-plain-list = Quay lại danh sách tình huống
web-storage-off = Trình duyệt này không cho trang lưu gì cả, nên cài đặt và kết quả của bạn chỉ còn đến khi bạn đóng thẻ này.
web-state-unreadable = Không đọc được cài đặt đã lưu của bạn trong trình duyệt này ({ $reason }). Chúng được giữ nguyên và không bị thay đổi.
web-results-unreadable = Không đọc được kết quả của bạn trong trình duyệt này ({ $reason }). Chúng được giữ nguyên, và kết quả mới sẽ không được lưu.
web-results-unwritable = Không lưu được kết quả này trong trình duyệt: { $reason }
web-pack-loaded = Gói { $name }: { $scenarios } tình huống để chơi ({ $errors ->
    [0] không có lỗi
   *[other] { $errors } lỗi
    }, { $warnings ->
    [0] không có cảnh báo
   *[other] { $warnings } cảnh báo
    }; xem danh sách bên dưới trò chơi).
web-pack-report = Vấn đề trong { $name }: { $count }
