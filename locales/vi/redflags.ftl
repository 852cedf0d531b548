# Sổ tay dấu hiệu cảnh báo: với mỗi dấu hiệu có tên, lý do quan trọng, việc nên làm thay vào đó
# và nguồn. Các sự kiện lấy từ danh sách có nguồn của dự án; hãy giữ chính xác.

## A. Những gì bạn bị yêu cầu làm, khi là freelancer

flag-off-platform = Chuyển cuộc trò chuyện ra khỏi nền tảng
flag-off-platform-why = Một tin nhắn bạn không hề yêu cầu, rồi bị hối thúc chuyển sang Telegram, WhatsApp, Discord hoặc email riêng trước khi có bất kỳ hợp đồng nào, sẽ đưa bạn ra khỏi vòng bảo vệ của nền tảng: không có lưu vết, không có quy trình khiếu nại, không có bảo đảm thanh toán.
flag-off-platform-instead = Giữ mọi trao đổi trước khi có hợp đồng, và mọi khoản thanh toán, trên nền tảng. Khi đã ký một hợp đồng thật ở đó, chuyển sang email để bàn các việc hằng ngày có thể hoàn toàn ổn.
flag-off-platform-sources = Upwork Trust & Safety (“giữ liên lạc và thanh toán trên Upwork”); hướng dẫn của Freelancer.com về lừa đảo từ phía nhà tuyển dụng; hồ sơ tòa án Hoa Kỳ trong vụ Chapman (lần liên hệ đầu tiên là một tin nhắn LinkedIn).

flag-account-rental = Cho thuê tài khoản đã xác minh của bạn
flag-account-rental-why = “Tài khoản của tôi bị khóa”, “giới hạn khu vực”, “chúng ta chia thu nhập”: ai làm việc qua tài khoản của bạn là đang làm dưới tên bạn. Việc này có thể biến bạn thành một phần của vụ gian lận, và rủi ro pháp lý vẫn thuộc về bạn. Người bị lôi kéo thường chỉ nhận khoảng một phần năm số tiền.
flag-account-rental-instead = Không bao giờ cho thuê, chia sẻ, bán hay “hợp tác” bằng tài khoản hoặc hồ sơ của bạn. Hãy báo cáo lời mời đó trên nền tảng.
flag-account-rental-sources = Upwork, “Paid and leased account fraud” (tháng 10/2020; lời mời mẫu 1.000 USD mỗi tháng); Freelancer.com (“khách hàng muốn mua hồ sơ của bạn”); khuyến cáo của chính phủ Hàn Quốc, tháng 12/2022; vụ US v. Didenko (bán và cho thuê tài khoản freelance; năm năm tù).

flag-remote-access = Điều khiển máy tính của bạn từ xa
flag-remote-access-why = Lời đề nghị cài AnyDesk, Chrome Remote Desktop, TeamViewer hoặc RDP, hay để máy tính bật sẵn cho người khác, chính là cốt lõi của mánh làm thay: người khác làm việc từ máy của bạn, nên nền tảng chỉ thấy bạn, trên đường truyền internet tại chỗ của bạn.
flag-remote-access-instead = Không khách hàng thật nào cần điều khiển thiết bị của bạn. Hãy từ chối; nếu đã lỡ cài gì đó, hãy gỡ nó đi và đổi mật khẩu.
flag-remote-access-sources = Thông báo dịch vụ công của FBI, tháng 5/2024 và tháng 7/2025 (người giúp sức giữ máy tính xách tay của công ty và bật truy cập máy tính từ xa); vụ Knoot (ứng dụng điều khiển từ xa trái phép, phí hằng tháng cho mỗi máy); vụ Chapman (hơn 90 máy tính xách tay bị thu giữ, 49 máy đã được gửi ra nước ngoài); một vụ lừa đảo khẳng định TeamViewer là “bắt buộc theo chính sách bảo mật của Upwork”.

flag-proxy-verification = Xác minh thay cho người khác
flag-proxy-verification-why = Nếu bạn vượt qua một bước kiểm tra danh tính, một buổi phỏng vấn video hay một yêu cầu đăng nhập thay cho người khác, khuôn mặt và giấy tờ của bạn đang bảo lãnh cho một người bạn không nhìn thấy, và mọi việc họ làm đều truy ngược về bạn.
flag-proxy-verification-instead = Chỉ xác minh chính bạn, cho công việc của chính bạn. Một khách hàng muốn gặp bạn qua video là bình thường; ai đó muốn bạn lên video thay cho người khác thì không.
flag-proxy-verification-sources = Thông báo dịch vụ công của FBI, 2024 và 2025 (người giúp sức tham dự phỏng vấn); khuyến cáo của Hàn Quốc, 2022 (chủ tài khoản xuất hiện trên video trong khi người khác điều khiển máy tính); Microsoft, tháng 12/2025 (một thiết bị hoàn tất bước kiểm tra đăng nhập cho nhiều tài khoản).

flag-pass-through-pay = Chuyển tiền hộ
flag-pass-through-pay-why = Nhận tiền công vào tài khoản ngân hàng hay ví tiền mã hóa của bạn rồi chuyển tiếp phần lớn số đó đi, hoặc mở tài khoản cho người khác, là làm “con la tiền”, tức người nhận rồi chuyển tiền hộ cho tội phạm, kể cả khi việc đó được gọi là một khoản phí.
flag-pass-through-pay-instead = Chỉ nhận tiền cho công việc của chính bạn, và không bao giờ chuyển tiếp cho người khác. Nếu đã lỡ làm, hãy báo cho ngân hàng của bạn.
flag-pass-through-pay-sources = Thông báo dịch vụ công của FBI, 2024 và 2025; vụ Knoot và vụ Chapman (cáo buộc rửa tiền); Upwork (mua tiền mã hóa cho khách hàng bị cấm và là một chiêu lừa phổ biến); chiến dịch “Don't Be Fooled” của Vương quốc Anh.

flag-identity-docs = Giao nộp giấy tờ của bạn
flag-identity-docs-why = Bản scan hộ chiếu, căn cước hay mã số thuế của bạn, hoặc thông tin cá nhân để “thiết lập mọi thứ”, cho phép người khác mở tài khoản đứng tên bạn.
flag-identity-docs-instead = Chỉ xác minh danh tính trong quy trình riêng của nền tảng, không bao giờ gửi giấy tờ cho khách hàng.
flag-identity-docs-sources = Vụ Chapman (68 danh tính bị đánh cắp, 309 doanh nghiệp Hoa Kỳ, khoảng 17 triệu USD); hướng dẫn của Ủy ban Thương mại Liên bang Hoa Kỳ (FTC) về lừa đảo việc làm.

flag-easy-money = Tiền dễ kiếm, lại gấp gáp
flag-easy-money-why = Trả công hậu hĩnh cho rất ít hoặc không cần làm gì, cộng với sự hối thúc (“trả lời ngay hôm nay, người khác đang chờ”), là một khuôn mẫu nhắm vào những người đang thiếu tiền. Đó không phải là may mắn.
flag-easy-money-instead = Cứ từ từ. Một khách hàng thật sẽ chấp nhận để bạn suy nghĩ hoặc đặt câu hỏi.
flag-easy-money-sources = Hướng dẫn của Ủy ban Thương mại Liên bang Hoa Kỳ (FTC) về lừa đảo việc làm; “Don't Be Fooled” của Vương quốc Anh (một khi đã dính vào thì bị đe dọa).

flag-recruit-others = Kéo người nhà hoặc bạn bè vào
flag-recruit-others-why = Khi một tài khoản bị cấm, đường dây cần một danh tính mới, và người đã ở trong đó bị nhờ đi tìm. Người đó có thể là người thân hoặc bạn bè của bạn.
flag-recruit-others-instead = Đừng lôi kéo ai cả. Thay vào đó, hãy cảnh báo những người thân quen của bạn.
flag-recruit-others-sources = Một trường hợp được ghi nhận, trong bài báo mà dự án này bắt đầu từ đó: sau khi bị cấm, kẻ điều hành đòi “một người trong gia đình để lập tài khoản mới”. Kiểu luân phiên danh tính được mô tả trong cảnh báo của Hoa Kỳ (Bộ Ngoại giao, Bộ Tài chính và FBI, tháng 5/2022).

flag-claims-mismatch = Lời tự giới thiệu không khớp
flag-claims-mismatch-why = Một “khách hàng” tự nhận mang quốc tịch hay nói một ngôn ngữ mà họ không dùng được, chẳng hạn người nói mình là người Nhật nhưng cắt ngang cuộc trò chuyện khi được đề nghị nói tiếng Nhật, không phải là người họ nói.
flag-claims-mismatch-instead = Kiểm chứng lời tự giới thiệu theo cách đơn giản: đề nghị một cuộc gọi ngắn bằng ngôn ngữ họ tự nhận.
flag-claims-mismatch-sources = Cuộc điều tra của Cointelegraph cùng nhà nghiên cứu Heiner García (tháng 2/2025): một ứng viên tự nhận là kỹ sư người Nhật đã cúp máy khi cuộc trò chuyện chuyển sang xuất thân mà anh ta tự nhận; CoinDesk (2024) về “Ryuhei”, người nói mình ở Nhật Bản.

flag-secrecy = Giữ bí mật
flag-secrecy-why = Bị yêu cầu không báo cho nền tảng, xóa cuộc trò chuyện, hay giữ kín thỏa thuận là để bảo vệ đường dây, không phải bảo vệ bạn.
flag-secrecy-instead = Việc nhận thầu lại đàng hoàng thì không ngại bị công khai. Hãy lưu lại lịch sử trò chuyện và hỏi nền tảng nếu bạn không chắc.
flag-secrecy-sources = Khuôn mẫu chung trong các khuyến cáo của chính phủ; Upwork Trust & Safety.

## Bổ sung cho các thủ đoạn gây hại nhiều nhất cho freelancer (nguồn kiểm tra ngày 04/12/2026)

flag-runs-their-code = Chạy mã, tệp hoặc lệnh của họ
flag-runs-their-code-why = Một “bài kiểm tra kỹ thuật” có trả tiền cần tải về và chạy (npm install, npm start), một gói phần mềm cần cài, một ứng dụng họp cần tải, một câu lệnh cần dán vào “để sửa camera”, một tài liệu cần mở: khi nó chạy trên máy của bạn, nó có thể lấy mật khẩu, phiên đăng nhập trình duyệt, ví tiền mã hóa và khóa bí mật của bạn. Những buổi phỏng vấn giả kiểu này đã nhắm vào lập trình viên từ năm 2022.
flag-runs-their-code-instead = Đừng bao giờ chạy mã của người tuyển dụng trên máy tính chứa tài khoản, khóa hay ví của bạn. Một bài kiểm tra thật có thể làm trong kho mã của chính bạn, qua chia sẻ màn hình, hoặc trong một máy ảo dùng một lần. Tham gia cuộc gọi bằng ứng dụng họp bạn vẫn dùng, cài từ trang chính thức, và đừng bao giờ dán câu lệnh ai đó gửi cho bạn. Hãy kiểm tra công ty qua những kênh mà người tuyển dụng không kiểm soát.
flag-runs-their-code-sources = Báo cáo của các nhà nghiên cứu bảo mật về chiến dịch “Contagious Interview” (từ cuối năm 2022; các phần mềm đánh cắp như OtterCookie); phát hiện của Socket về các gói npm độc hại liên quan (197 gói với hơn 31.000 lượt tải, và hơn 300 gói tính đến tháng 10/2025); các báo cáo về trang phỏng vấn giả bắt ứng viên cài ứng dụng (2025); ESET về chiến dịch DreamJob (lời mời làm việc kèm tệp độc hại).

flag-laptop-hosting = Giữ máy tính xách tay hộ người khác
flag-laptop-hosting-why = Nhận những chiếc laptop mà một công ty gửi cho nhân viên của họ, để chúng luôn bật tại nhà bạn, cài công cụ điều khiển từ xa hoặc bộ chuyển KVM, hay chuyển tiếp tiền lương chúng mang lại: “trang trại laptop” này khiến một người ở nước ngoài trông như đang ở địa chỉ của bạn. Những người cố ý vận hành chúng đã bị truy tố.
flag-laptop-hosting-instead = Đừng bao giờ nhận, cài đặt hay giữ trực tuyến một máy tính mà chủ lao động của người khác gửi đến. Hãy từ chối, giữ lại tin nhắn và báo cáo lời mời đó.
flag-laptop-hosting-sources = Bộ Tư pháp Hoa Kỳ, ngày 30/6/2025 (khám xét 29 trang trại laptop đã biết hoặc bị nghi ngờ ở 16 bang, thu giữ khoảng 200 máy tính, truy cập từ xa qua bộ chuyển KVM); vụ Chapman (thu giữ hơn 90 laptop); vụ Knoot (ứng dụng điều khiển từ xa trên laptop tại nhà anh ta).

flag-kyc-for-hire = Xác minh tài khoản hộ người khác
flag-kyc-for-hire-why = “Chỉ cần xác minh tài khoản sàn, Payoneer hay Wise này bằng giấy tờ và ảnh selfie của bạn, 50 đô”: sau đó tài khoản là của họ, mang tên bạn. Tiền từ các đường dây của họ chảy qua đó, và ngân hàng lẫn công an lần ra bạn. Ngân hàng đóng những tài khoản như vậy và có thể từ chối bạn về sau.
flag-kyc-for-hire-instead = Đừng bao giờ mở, xác minh hay giao một tài khoản ngân hàng, sàn giao dịch hoặc ví thanh toán cho người khác, dù với bất kỳ khoản phí nào. Nếu đã lỡ làm, hãy báo ngay cho ngân hàng hoặc nền tảng và đề nghị đóng tài khoản.
flag-kyc-for-hire-sources = Cảnh báo của các ngân hàng Việt Nam rằng cho thuê, mua bán tài khoản ngân hàng có thể bị xử lý hình sự (KienlongBank, 2025); ước tính của các ngân hàng Ukraine rằng 10–20 % thẻ thanh toán mới năm 2025 có thể gắn với đường dây “drop” (Globus Bank, tháng 10/2025) và dự luật 14161 về sổ đăng ký “drop” (tháng 10/2025).

flag-unverified-company = Bằng chứng do chính họ kiểm soát
flag-unverified-company-why = Một trang web chỉn chu, một trang công ty, một “quản lý nhân sự” trên tài khoản thứ hai, một hợp đồng PDF: công ty bình phong có đủ cả. Tháng 6/2025, nhà chức trách Hoa Kỳ đã thu giữ 21 trang web giả được dựng để những người này trông như doanh nghiệp Mỹ. Một cách kiểm tra chỉ dẫn ngược về người tuyển dụng thì không chứng minh được gì.
flag-unverified-company-instead = Hãy kiểm tra qua những kênh mà người tuyển dụng không kiểm soát: số điện thoại của công ty do bạn tự tìm (cơ quan đăng ký doanh nghiệp, danh bạ bạn tin cậy), một email gửi đến tên miền chính thức của họ, cơ chế xác minh của chính nền tảng, hoặc một người bạn quen ở đó.
flag-unverified-company-sources = Bộ Tư pháp Hoa Kỳ, ngày 30/6/2025 (thu giữ 21 trang web giả và 17 tên miền); cảnh báo của Bộ Ngoại giao, Bộ Tài chính Hoa Kỳ và FBI, tháng 5/2022 (công ty bình phong và hồ sơ giả).

## B. Những gì một công ty tuyển dụng thấy ở một người làm thay

flag-camera-avoidance = Né tránh camera
flag-camera-avoidance-why = Một ứng viên không chịu bật camera (“webcam của tôi bị hỏng”), hoặc có giờ giấc, địa điểm hay ngoại hình trên camera không khớp, có thể không phải là người trong hồ sơ ứng tuyển.
flag-camera-avoidance-instead = Gặp trực tiếp qua video trước khi tuyển, và gặp lại khi người đó bắt đầu nhận việc.
flag-camera-avoidance-sources = Thông báo chung của FBI và Hàn Quốc, tháng 10/2023; Secureworks.

flag-interview-cheating = Ấp úng trong buổi phỏng vấn
flag-interview-cheating-why = Những khoảng im lặng dài, mắt đọc thứ gì đó ngoài màn hình, và những câu trả lời nghe có lý nhưng sai cho thấy có người khác đang nhắc bài.
flag-interview-cheating-instead = Hỏi sâu thêm, ngay tại chỗ, về những dự án trước đây của chính ứng viên.
flag-interview-cheating-sources = Thông báo chung của FBI và Hàn Quốc, tháng 10/2023.

flag-profile-mismatch = Hồ sơ không khớp nhau
flag-profile-mismatch-why = Tên, quốc tịch, nơi ở, học vấn hay kinh nghiệm làm việc khác nhau giữa các nền tảng cho thấy một danh tính đi mượn hoặc bịa ra.
flag-profile-mismatch-instead = So sánh các hồ sơ, và hỏi về những điểm khác nhau.
flag-profile-mismatch-sources = Khuyến cáo của Bộ Ngoại giao, Bộ Tài chính Hoa Kỳ và FBI, tháng 5/2022; thông báo chung, tháng 10/2023.

flag-synthetic-media = Ảnh và giọng nói bị chỉnh sửa
flag-synthetic-media-why = Ảnh hoặc giấy tờ bị chỉnh sửa bằng AI, phần mềm đổi giọng và ngày càng nhiều hơn là gương mặt bị tráo trực tiếp trên camera khiến một người trông giống một người khác. Gương mặt bị tráo trực tiếp thường “vỡ” khi có vật gì lướt qua trước mặt hoặc khi đầu quay hẳn sang một bên.
flag-synthetic-media-instead = Kiểm tra giấy tờ qua một quy trình chính thức, và cho mọi ứng viên cùng một phép kiểm tra “người thật” đơn giản trong cuộc gọi trực tiếp: quay đầu sang bên, đưa tay chậm rãi qua mặt, giơ một đồ vật lên.
flag-synthetic-media-sources = Microsoft, “Jasper Sleet”, tháng 6/2025; thông báo công khai của Trung tâm Khiếu nại Tội phạm Internet của FBI về deepfake trong phỏng vấn việc làm từ xa (2022); cảnh báo của RCMP và Public Safety Canada về lao động IT Triều Tiên (2025).

flag-login-anomalies = Đăng nhập bất thường
flag-login-anomalies-why = Đăng nhập từ nhiều địa chỉ IP hay nhiều quốc gia, nhiều tài khoản trên cùng một địa chỉ IP, hoặc dùng VPN như Astrill cho thấy công việc đang được làm từ một nơi khác.
flag-login-anomalies-instead = Theo dõi nhật ký đăng nhập và bắt buộc xác thực hai lớp cho tài khoản công ty.
flag-login-anomalies-sources = Khuyến cáo của Hoa Kỳ, tháng 5/2022; khuyến cáo của Hàn Quốc, 2022; Secureworks.

flag-payment-redirect = Tiền công bị chuyển đi nơi khác
flag-payment-redirect-why = Đòi được trả bằng tiền mã hóa hoặc vào tài khoản ở nước ngoài, hay thường xuyên đổi thông tin thanh toán, là cách dòng tiền thoát ra ngoài.
flag-payment-redirect-instead = Chỉ trả tiền vào tài khoản đứng tên chính người nhận việc, và kiểm tra mọi lần thay đổi thông tin.
flag-payment-redirect-sources = Khuyến cáo của Hoa Kỳ, tháng 5/2022.

flag-laptop-redirect = Máy tính xách tay bị gửi đi nơi khác
flag-laptop-redirect-why = Yêu cầu gửi máy tính xách tay của công ty đến một địa chỉ khác, khăng khăng dùng máy cá nhân, hoặc có nhiều công cụ quản lý từ xa trên cùng một máy là dấu hiệu của một “trại máy tính” (laptop farm).
flag-laptop-redirect-instead = Chỉ gửi máy đến địa chỉ nhà đã được xác minh, và kiểm tra những công cụ điều khiển từ xa nào đang chạy trên thiết bị của công ty.
flag-laptop-redirect-sources = Secureworks và Sophos về “Nickel Tapestry”.

flag-unreachable = Khó liên lạc
flag-unreachable-why = Một người làm không liên lạc được trong giờ hành chính hay qua tin nhắn nhanh có thể đang ở một múi giờ khác với lời họ nói.
flag-unreachable-instead = Thỏa thuận giờ làm việc và kiểm tra xem có được giữ đúng không.
flag-unreachable-sources = Khuyến cáo của Hoa Kỳ, tháng 5/2022.

flag-local-knowledge = Mù mờ về nơi mình sống
flag-local-knowledge-why = Một ứng viên không thể trò chuyện xã giao về thành phố quê nhà hay ngôn ngữ mình tự nhận, hoặc gọi từ một căn phòng ồn ào kiểu tổng đài, có thể không sống ở nơi họ nói.
flag-local-knowledge-instead = Hỏi những câu thân thiện về quê nhà và ngôn ngữ họ tự nhận.
flag-local-knowledge-sources = PCMag về vụ Cinder; SEAL Frameworks (một nguồn từ cộng đồng).

flag-after-hire = Rắc rối sau khi tuyển
flag-after-hire-why = Sao chép mã nguồn của công ty sang tài khoản cá nhân, hoặc tống tiền sau khi bị cho nghỉ việc, là những dấu hiệu đã được ghi nhận sau khi một người làm thay được tuyển.
flag-after-hire-instead = Chỉ cấp quyền truy cập đúng với những gì công việc cần, và để ý các bản sao sang tài khoản cá nhân.
flag-after-hire-sources = Thông báo dịch vụ công của FBI, tháng 1/2025; Secureworks.

flag-referral-ring = Một vòng giới thiệu lẫn nhau
flag-referral-ring-why = Một người làm giới thiệu thêm các “ứng viên” khác, hoặc các tài khoản GitHub mới có lịch sử được điền bù về trước, có thể thuộc một nhóm đang cài nhiều người làm thay vào.
flag-referral-ring-instead = Thẩm định các ứng viên được giới thiệu kỹ lưỡng như bất kỳ ai khác.
flag-referral-ring-sources = SEAL Frameworks (một nguồn từ cộng đồng).
