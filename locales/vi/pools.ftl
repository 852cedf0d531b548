# Danh sách tên: mỗi dòng một tên. Mỗi lượt chơi rút một vị trí, không phải một cái tên, nên
# cùng một seed chọn cùng vị trí ở mọi ngôn ngữ. Kịch bản chọn giới của nhân vật (danh sách
# nữ và nam bên dưới); cả lừa đảo lẫn lời mời thật đều dùng chung các danh sách này.

# Thêm cho japanese-client: những cái tên mà một “khách hàng từ Osaka” tự nhận (giống nhau ở mọi ngôn ngữ).
pool-osaka-client-names =
    Kenji Tanaka
    Hiroshi Sato
    Takumi Yamada
    Daisuke Kobayashi
    Yuto Nakamura

# Thêm cho japanese-client: người đồng nghiệp nói được tiếng Nhật.
pool-ja-colleague-names =
    Vũ Thanh Hương
    Hoàng Bảo Ngọc
    Bùi Khánh Linh
    Ngô Phương Thảo
    Đặng Thu Trang

# Thêm cho open-source-bounty: người duy trì các dự án mã nguồn mở.
pool-maintainer-names =
    Priya Raman
    Tomás Silva
    Leena Virtanen
    Trần Quốc Bảo
    Ines Duarte

# Thêm cho các kịch bản tuyển dụng: đồng nghiệp của người chơi ở công ty nhỏ. Có cả tên quốc tế,
# vì kịch bản cần một đồng nghiệp nói được tiếng Ba Lan, Bồ Đào Nha hoặc Tây Ban Nha.
pool-teammate-names =
    Phạm Minh Quân
    Tom Reilly
    Nina Alvarez
    Lê Hải Yến
    Lena Novak

# Người liên hệ ở cả hai phía của câu chuyện (người tuyển dụng, khách hàng, người tuyển
# người, ứng viên): mỗi giới một danh sách. Cả hai trộn nhiều nguồn gốc, và lừa đảo lẫn lời
# mời thật đều lấy tên từ hai danh sách này: cái tên không bao giờ cho biết đó là loại lời mời nào.

pool-women-names =
    Sarah Whitfield
    Aisha Bello
    Nguyễn Thu Hà
    Olena Kravets
    Camila Reyes
    Priya Nair

pool-men-names =
    Daniel Brooks
    Kwame Mensah
    Trần Minh Đức
    Rafael Santos
    Arjun Mehta
    Lukas Fischer
